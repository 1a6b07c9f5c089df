import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewLogRecord, ScheduleRecord } from '../../lib/db';
// @ts-expect-error: plain ES module script, shared with `npm start`
import { startServer } from '../../scripts/serve.mjs';
// @ts-expect-error a plain .mjs script without types
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { type App, openApp } from './browser';
import { launchKillable, releaseProfile } from './killableBrowser';
import { readStore, revealAndRate, startStudying } from './reviewSteps';
import { type Exchange, type SyncGate, startSyncGate } from './syncGate';
import {
  deviceState,
  otherDeviceLog,
  replayedSchedules,
  serverGids,
  signInOnSettings,
  syncedSince,
  syncNowOnSettings,
  type TestSyncServer,
} from './syncSteps';

// Sync under faults, in Chromium against pouchdb-server started here. The app reaches the server through a gate (a
// proxy) that cuts or holds the request a test picks, at that moment: no fixed waits. Each test has its own server,
// gate and browser profile.

/** What a test started, closed after it whatever happens. */
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function serverBehindGate(keepData = false): Promise<{ server: TestSyncServer; gate: SyncGate }> {
  const server: TestSyncServer = await startSyncServer({ keepData });
  cleanups.push(() => server.stop());
  const gate = await startSyncGate(server.url);
  cleanups.push(() => gate.close());
  return { server, gate };
}

async function appBehind(gate: SyncGate): Promise<App> {
  process.env.COUCHDB_URL = gate.url;
  try {
    const app = await openApp();
    cleanups.push(() => app.close());
    return app;
  } finally {
    delete process.env.COUCHDB_URL;
  }
}

/** Resolves with the request once the gate has met the `nth` (1-based) request matching, and `act`ed on it. */
function onRequest(
  gate: SyncGate,
  match: (method: string, url: string) => boolean,
  nth: number,
  act: (exchange: Exchange) => Promise<void>,
) {
  let seen = 0;
  return new Promise<void>((met) => {
    gate.when((method, url) => {
      if (!match(method, url) || ++seen !== nth) return null;
      gate.when(null);
      return async (exchange) => {
        await act(exchange);
        met();
      };
    });
  });
}
const isPush = (method: string, url: string) => method === 'POST' && url.includes('/_bulk_docs');
const isPull = (method: string, url: string) => method === 'GET' && url.includes('/_changes');

/** The built-in deck's cards on this device (it writes them on the first visit). */
async function builtinCards(page: Page, count: number): Promise<ScheduleRecord[]> {
  return (await readStore<ScheduleRecord>(page, 'schedule')).slice(0, count);
}

/** The page holds exactly these rows (each once, each counted once, none waiting) and the schedules they replay to. */
async function expectHolds(page: Page, cards: readonly ScheduleRecord[], rows: readonly ReviewLogRecord[]) {
  const held = await deviceState(
    page,
    cards.map((card) => card.key),
  );
  expect([...held.gids].sort()).toEqual(rows.map((row) => row.gid as string).sort());
  expect(held.answersCounted).toBe(rows.length);
  expect(held.unreplayed).toBe(0);
  expect(held.schedules).toEqual(replayedSchedules(rows));
}

const errorText = (page: Page) => page.getByTestId('sync-error');
/** Waits until Settings → Sync shows this error. */
const saysError = (page: Page, text: string) => errorText(page).filter({ hasText: text }).waitFor();

describe('sync faults in Chromium', () => {
  it('the server stops mid-push (after storing it, before answering): answers made meanwhile go up too, none lost', async () => {
    const { server, gate } = await serverBehindGate(true);
    const { page, baseUrl } = await appBehind(gate);
    await startStudying(page, baseUrl);
    const before = Date.now();
    await signInOnSettings(page, baseUrl, server.user, server.password);
    await syncedSince(page, before);

    // The first push of an answer reaches the server, which dies before its reply.
    const cut = onRequest(gate, isPush, 1, async (exchange) => {
      await exchange.forward();
      await server.stop();
      exchange.drop();
    });
    await startStudying(page, baseUrl);
    await revealAndRate(page, 'keyboard');
    await cut;
    // Two more answers the same day, while the server is down.
    await revealAndRate(page, 'keyboard');
    await revealAndRate(page, 'keyboard');

    await server.restart();
    await page.goto(`${baseUrl}/settings`);
    await syncNowOnSettings(page);
    const { gids, answers } = await deviceState(page, []);
    expect(answers).toHaveLength(3);
    expect(new Set(gids).size).toBe(gids.length);
    expect([...new Set(await serverGids(server))].sort()).toEqual([...gids].sort());
  });

  it('the server stops mid-pull: the batches applied stay, and the next sync takes up from there and converges', async () => {
    const { server, gate } = await serverBehindGate(true);
    const { page, baseUrl } = await appBehind(gate);
    await startStudying(page, baseUrl);
    const cards = await builtinCards(page, 40);
    // 250 log documents from another device: three pull batches of 100.
    const other = otherDeviceLog(cards, 250);
    await server.asAdmin('POST', '_bulk_docs', { docs: other.docs });

    // The second batch leaves the server; the server dies before it reaches the app.
    const cut = onRequest(gate, isPull, 2, async (exchange) => {
      await exchange.forward();
      await server.stop();
      exchange.drop();
    });
    await signInOnSettings(page, baseUrl, server.user, server.password);
    await cut;
    await saysError(page, 'The server cannot be reached');
    const half = await deviceState(page, []);
    expect(half.gids).toHaveLength(100);
    // The applied batch's cards are rebuilt already, and counted once.
    expect(half.unreplayed).toBe(0);
    expect(half.answersCounted).toBe(100);

    await server.restart();
    await syncNowOnSettings(page);
    await expectHolds(page, cards, other.rows);
  });

  it('the tab is killed mid-pull and started again on its profile: nothing lost, nothing doubled', async () => {
    const { server, gate } = await serverBehindGate();
    const app: Server = await startServer('out', 0, { couchdb: gate.url });
    cleanups.push(() => new Promise((done) => app.close(done)));
    const baseUrl = `http://localhost:${(app.address() as AddressInfo).port}`;
    const profile = mkdtempSync(join(tmpdir(), 'kubecards-sync-kill-'));
    cleanups.push(async () => rmSync(profile, { recursive: true, force: true }));

    const first = await launchKillable(profile);
    cleanups.push(() => first.kill());
    await startStudying(first.page, baseUrl);
    const cards = await builtinCards(first.page, 40);
    const other = otherDeviceLog(cards, 250);
    await server.asAdmin('POST', '_bulk_docs', { docs: other.docs });
    // The second pull batch is held; the browser dies while it waits (the first batch is applied by then).
    let held: Exchange | null = null;
    const holding = onRequest(gate, isPull, 2, async (exchange) => {
      held = exchange;
    });
    await signInOnSettings(first.page, baseUrl, server.user, server.password);
    await holding;
    await first.kill();
    (held as Exchange | null)?.drop();
    releaseProfile(profile);

    const second = await launchKillable(profile);
    cleanups.push(() => second.kill());
    const { page } = second;
    await page.goto(`${baseUrl}/settings`);
    const started = await deviceState(page, []);
    expect(started.gids.length).toBeLessThanOrEqual(250);
    expect(new Set(started.gids).size).toBe(started.gids.length);
    // The session cookie died with the browser (pouchdb-server's cookies last for the browser session): the round
    // the page starts is refused, says so, and the learner signs in again; the pull takes up where it was.
    await page
      .getByRole('button', { name: 'Sign in again' })
      .or(page.locator('[data-last-synced]:not([data-last-synced="0"])'))
      .first()
      .waitFor();
    if (await page.getByRole('button', { name: 'Sign in again' }).isVisible()) {
      await saysError(page, 'Your session on the server has ended');
      const before = Date.now();
      await page.getByLabel(/^Password/).fill(server.password);
      await page.getByRole('button', { name: 'Sign in again' }).click();
      await syncedSince(page, before);
    }
    await syncNowOnSettings(page);
    await expectHolds(page, cards, other.rows);
  });

  it('a wrong password, then an expired session: said in words, nothing touched; signing in again takes up where it was', async () => {
    const { server, gate } = await serverBehindGate();
    const { page, baseUrl } = await appBehind(gate);
    await startStudying(page, baseUrl);
    await revealAndRate(page, 'keyboard');

    await signInOnSettings(page, baseUrl, server.user, 'not the password');
    await saysError(page, 'The server refused the user name or password. Nothing was changed.');
    expect((await readStore<{ key: string }>(page, 'settings')).map((row) => row.key)).not.toContain('syncAccount');
    expect(await serverGids(server)).toEqual([]);
    expect((await deviceState(page, [])).answers).toHaveLength(1);

    const before = Date.now();
    await page.getByLabel(/^Password/).fill(server.password);
    await page.getByRole('button', { name: 'Sign in and sync' }).click();
    await syncedSince(page, before);
    // The answer, with the bury entries of the siblings it set aside.
    const sent = (await deviceState(page, [])).gids;
    expect((await serverGids(server)).sort()).toEqual([...sent].sort());

    // The server ends every session; the next answer's sync is refused.
    await server.expireSessions();
    await startStudying(page, baseUrl);
    await revealAndRate(page, 'keyboard');
    await page.goto(`${baseUrl}/settings`);
    await saysError(page, 'Your session on the server has ended');
    const waiting = (await deviceState(page, [])).gids.length - sent.length;
    await page
      .getByTestId('sync-pending')
      .filter({ hasText: `${waiting} change${waiting === 1 ? '' : 's'} waiting to be sent` })
      .waitFor();
    expect(await serverGids(server)).toHaveLength(sent.length);
    expect((await deviceState(page, [])).answers).toHaveLength(2);

    const again = Date.now();
    await page.getByLabel(/^Password/).fill(server.password);
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await syncedSince(page, again);
    expect(await errorText(page).count()).toBe(0);
    const { gids } = await deviceState(page, []);
    // The first answer was not sent again: the checkpoint of the same account was kept.
    expect((await serverGids(server)).sort()).toEqual([...gids].sort());
  });

  it('two tabs of one device syncing at once: each entry once, each answer counted once', async () => {
    const { server, gate } = await serverBehindGate();
    const { page, context, baseUrl } = await appBehind(gate);
    await startStudying(page, baseUrl);
    await revealAndRate(page, 'keyboard');
    await revealAndRate(page, 'keyboard');
    const cards = await builtinCards(page, 40);
    const other = otherDeviceLog(cards, 250);
    await server.asAdmin('POST', '_bulk_docs', { docs: other.docs });

    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/settings`);
    const before = Date.now();
    // Signing in in one tab starts a round there, and the other tab's engine starts its own on seeing the account.
    await signInOnSettings(page, baseUrl, server.user, server.password);
    await syncedSince(page, before);
    await syncedSince(tab, before);
    await Promise.all([syncNowOnSettings(page), syncNowOnSettings(tab)]);

    const keys = cards.map((card) => card.key);
    const [one, two] = [await deviceState(page, keys), await deviceState(tab, keys)];
    expect(one.answers).toHaveLength(252);
    expect(new Set(one.gids).size).toBe(one.gids.length);
    expect(one.answersCounted).toBe(252);
    expect(one.unreplayed).toBe(0);
    expect(two.gids.sort()).toEqual(one.gids.sort());
    expect([...new Set(await serverGids(server))].sort()).toEqual([...one.gids].sort());
  });
});
