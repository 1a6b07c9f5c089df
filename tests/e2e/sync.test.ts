import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewLogRecord, ScheduleRecord } from '../../lib/db';
import { memoryStateOf } from '../../lib/model';
// @ts-expect-error a plain .mjs script without types
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { axeViolations } from './axe';
import { type App, openApp } from './browser';
import { readStore, revealAndRate, startStudying } from './reviewSteps';

// Two Chromium profiles, "phone" and "laptop", each serving the app with pouchdb-server under /couchdb (same origin:
// the production CSP holds), answer offline (the same first card on both), then sign in and converge.

const ARTIFACTS = 'test-results/screenshots';
let server: { url: string; user: string; password: string; stop(): Promise<void> };
let phone: App;
let laptop: App;
beforeAll(async () => {
  server = await startSyncServer();
  process.env.COUCHDB_URL = server.url;
  [phone, laptop] = [await openApp(), await openApp()];
}, 120_000);
afterAll(async () => {
  await phone?.close();
  await laptop?.close();
  await server?.stop();
  delete process.env.COUCHDB_URL;
});

async function signIn(app: App, password: string) {
  const { page } = app;
  await page.goto(`${app.baseUrl}/settings`);
  await page.getByLabel('User name').fill(server.user);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in and sync' }).click();
}

/** Waits until the Settings screen says the device has sent everything and synced since `after`. */
const synced = (page: Page, after: number) =>
  page.waitForFunction((since) => {
    const pending = document.querySelector('[data-testid="sync-pending"]')?.textContent ?? '';
    const syncing = document.querySelector('[data-testid="settings-sync"] [aria-disabled="true"]');
    return (
      pending.startsWith('0 ') && !syncing && Number(document.querySelector('[data-last-synced]')?.getAttribute('data-last-synced')) > since
    );
  }, after);

const memoryOf = async (page: Page, keys: string[]) =>
  Object.fromEntries(
    (await readStore<ScheduleRecord>(page, 'schedule')).filter((row) => keys.includes(row.key)).map((row) => [row.key, memoryStateOf(row)]),
  );

describe('sync between a phone and a laptop', () => {
  it('answers made offline on both meet: the same log (none lost, none doubled) and the same schedules', async () => {
    await startStudying(phone.page, phone.baseUrl);
    await revealAndRate(phone.page, 'touch');
    await revealAndRate(phone.page, 'touch');
    await startStudying(laptop.page, laptop.baseUrl);
    await revealAndRate(laptop.page, 'keyboard');

    // A wrong password: said in words, nothing sent.
    await signIn(laptop, 'wrong password');
    await laptop.page.getByText('The server refused the user name or password').waitFor();

    const before = Date.now();
    await signIn(phone, server.password);
    await synced(phone.page, before);
    await signIn(laptop, server.password);
    await synced(laptop.page, before);
    const again = Date.now();
    await phone.page.getByRole('button', { name: 'Sync now' }).click();
    await synced(phone.page, again);

    const [phoneLog, laptopLog] = [
      await readStore<ReviewLogRecord>(phone.page, 'reviewLog'),
      await readStore<ReviewLogRecord>(laptop.page, 'reviewLog'),
    ];
    expect(phoneLog).toHaveLength(3);
    expect(phoneLog.map((row) => row.gid).sort()).toEqual(laptopLog.map((row) => row.gid).sort());
    const keys = [...new Set(phoneLog.map((row) => row.cardKey))];
    expect(keys).toHaveLength(2);
    expect(await memoryOf(phone.page, keys)).toEqual(await memoryOf(laptop.page, keys));

    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: `${ARTIFACTS}/settings-sync.png`, fullPage: true });
  }, 180_000);
});
