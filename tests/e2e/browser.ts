import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
// @ts-expect-error: plain ES module scripts, shared with `npm start` and the benchmark
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
// @ts-expect-error: see above
import { startServer } from '../../scripts/serve.mjs';

export const PHONE = { width: 390, height: 844 };

/** Where e2e tests leave screenshots of the screens they check. */
const SCREENSHOTS = 'test-results/screenshots';

/** A screenshot of the page as `test-results/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string, { fullPage = false } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
}

export interface App {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Serves the exported app (`out/` unless told) on a free port and opens Debian's Chromium on a fresh profile. */
export async function openApp({
  viewport = PHONE,
  dir = 'out',
  isolate = true,
  serviceWorkers = 'allow',
}: {
  viewport?: typeof PHONE;
  dir?: string;
  isolate?: boolean;
  /** 'block' where a test routes the app's own requests (a service worker would serve them from its cache). */
  serviceWorkers?: 'allow' | 'block';
} = {}): Promise<App> {
  const server: Server = await startServer(dir, 0, { isolate });
  const baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'kubecards-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    viewport,
    hasTouch: viewport.width < 500,
    locale: 'en-US',
    serviceWorkers,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    baseUrl,
    context,
    page,
    async close() {
      await context.close();
      await new Promise((done) => server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Resolves once a service worker controls the page and has finished precaching (it is active). */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((done) => registration.active?.addEventListener('statechange', () => done()));
    }
  });
}
