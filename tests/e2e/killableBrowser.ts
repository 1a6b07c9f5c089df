import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
// @ts-expect-error: plain ES module script, shared with `npm start` and the benchmark
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { PHONE } from './browser';

export interface KillableBrowser {
  browser: Browser;
  page: Page;
  /** SIGKILL to the whole browser process group: no unload, no clean shutdown, as when a phone kills the app. */
  kill(): Promise<void>;
}

/**
 * Chromium started by hand on a given profile (Playwright's own launcher closes it cleanly and owns the profile), so a
 * test can kill it abruptly and start it again on the same data.
 */
export async function launchKillable(profile: string): Promise<KillableBrowser> {
  const portFile = join(profile, 'DevToolsActivePort');
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: 'ignore' },
  );
  const port = await waitForPort(portFile);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without a default context');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize(PHONE);
  return {
    browser,
    page,
    async kill() {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-(child.pid as number), 'SIGKILL');
      await exited;
    },
  };
}

/** A killed Chromium leaves its lock behind; the next start must not think another instance owns the profile. */
export function releaseProfile(dir: string) {
  for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie', 'DevToolsActivePort'])
    rmSync(join(dir, lock), { force: true });
}

async function waitForPort(portFile: string): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`Chromium did not write ${portFile}`);
}
