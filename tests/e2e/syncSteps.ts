import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ReviewLogRecord, ScheduleRecord } from '../../lib/db';
import { logEventOf } from '../../lib/db/logEvents';
import { isAnswer } from '../../lib/db/records';
import { type LogDoc, logDocsOf } from '../../lib/db/syncDocs';
import { type MemoryState, memoryStateOf, newMemoryState } from '../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../lib/srs';
import { paramsIdOf, replayLog } from '../../lib/sync';
// @ts-expect-error a plain .mjs script without types
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { type App, openApp } from './browser';
import { readStore } from './reviewSteps';

// Steps of the sync fault tests: signing in on Settings → Sync, waiting for a round to finish, and another device's log.

export interface TestSyncServer {
  url: string;
  user: string;
  password: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  expireSessions(): Promise<unknown>;
  asAdmin(method: string, path: string, body?: unknown): Promise<unknown>;
}

/**
 * A "phone" and a "laptop" (two Chromium profiles) and pouchdb-server, started before the file's tests and stopped
 * after them; the app serves the server behind `/couchdb`. Read the devices inside tests (they exist from `beforeAll`).
 */
export function twoDevicesAndServer() {
  const devices = {} as { server: TestSyncServer; phone: App; laptop: App };
  beforeAll(async () => {
    devices.server = await startSyncServer();
    process.env.COUCHDB_URL = devices.server.url;
    [devices.phone, devices.laptop] = [await openApp(), await openApp()];
  }, 120_000);
  afterAll(async () => {
    await devices.phone?.close();
    await devices.laptop?.close();
    await devices.server?.stop();
    delete process.env.COUCHDB_URL;
  });
  return devices;
}

/** Signs in on Settings → Sync. */
export async function signInOnSettings(page: Page, baseUrl: string, user: string, password: string) {
  await page.goto(`${baseUrl}/settings`);
  await submitSignIn(page, user, password);
}

/**
 * Fills and sends the sign-in form of the Settings screen on show. It needs no wait for hydration of its own: the
 * exported HTML shows the form before React owns it, but inert (lib/ui/useHydrationGate.ts), and Playwright's `fill`
 * waits for an editable field. (Typed earlier, the values were reset by hydration and the `required` fields refused
 * the submit without a word: CI saw the form still there after 60 s.)
 */
export async function submitSignIn(page: Page, user: string, password: string) {
  await page.getByLabel('User name').fill(user);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in and sync' }).click();
}

/**
 * Waits until Settings → Sync says the device has sent everything and finished a round since `after` (ms). A round on a
 * busy machine, with another tab syncing the same device, can take longer than Playwright's default 30 s; a wait that
 * still times out says what the sync section showed (its last error, the pending count).
 */
export async function syncedSince(page: Page, after: number) {
  try {
    await page.waitForFunction(
      (since) => {
        const pending = document.querySelector('[data-testid="sync-pending"]')?.textContent ?? '';
        const syncing = document.querySelector('[data-testid="settings-sync"] [aria-disabled="true"]');
        return (
          pending.startsWith('0 ') &&
          !syncing &&
          Number(document.querySelector('[data-last-synced]')?.getAttribute('data-last-synced')) > since
        );
      },
      after,
      { timeout: 60_000 },
    );
  } catch (error) {
    const shown = await page
      .locator('[data-testid="settings-sync"]')
      .textContent({ timeout: 1_000 })
      .catch(() => '(not shown)');
    throw new Error(`no finished sync round since ${after}; Settings → Sync shows: ${shown}`, { cause: error });
  }
}

/** "Sync now" on Settings, and the round it starts. */
export async function syncNowOnSettings(page: Page) {
  const before = Date.now();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await syncedSince(page, before);
}

const DAY = 86_400_000;
const OTHER_DEVICE = 'otherdevice00000';
const params = paramsIdOf(DEFAULT_SCHEDULER_SETTINGS);

/** Another device's answers to these cards, one a day for `count` days: as many log documents as it would push. */
export function otherDeviceLog(cards: readonly ScheduleRecord[], count: number, start = Date.now() - (count + 5) * DAY) {
  const rows: ReviewLogRecord[] = Array.from({ length: count }, (_, i) => {
    const card = cards[i % cards.length] as ScheduleRecord;
    const at = start + i * DAY;
    return {
      id: i + 1,
      cardKey: card.key,
      deckId: card.deckId,
      noteId: card.noteId,
      rating: ((i % 3) + 2) as 2 | 3 | 4,
      review: at,
      durationMs: 2_000,
      day: new Date(at).toISOString().slice(0, 10),
      kind: 'review',
      gid: `${OTHER_DEVICE}:${at}:${i + 1}`,
      params,
      before: newMemoryState(at),
      version: 1,
    };
  });
  const docs: LogDoc[] = logDocsOf(rows, OTHER_DEVICE, { [params]: DEFAULT_SCHEDULER_SETTINGS });
  return { rows, docs };
}

/** Each card's schedule as a fresh replay of these rows gives it. */
export function replayedSchedules(rows: readonly ReviewLogRecord[]): Map<string, MemoryState> {
  const { cards } = replayLog(rows.map(logEventOf), () => createScheduler(DEFAULT_SCHEDULER_SETTINGS));
  return new Map([...cards].flatMap(([key, card]) => (card.memory ? [[key, card.memory]] : [])));
}

/** What the page holds: its log, the daily totals' answers, and the schedules of `keys`. */
export async function deviceState(page: Page, keys: readonly string[]) {
  const log = await readStore<ReviewLogRecord>(page, 'reviewLog');
  const totals = await readStore<{ reviews: number }>(page, 'dailyStats');
  const schedule = await readStore<ScheduleRecord>(page, 'schedule');
  return {
    log,
    gids: log.map((row) => row.gid as string),
    /** The answers' gids (the log also holds card actions: the bury entries of siblings an answer set aside). */
    answers: log.filter(isAnswer).map((row) => row.gid as string),
    unreplayed: log.filter((row) => row.unreplayed).length,
    answersCounted: totals.reduce((sum, row) => sum + row.reviews, 0),
    schedules: new Map(schedule.filter((row) => keys.includes(row.key)).map((row) => [row.key, memoryStateOf(row)])),
  };
}

/** Every log entry the server holds, by gid (an entry in two documents is listed twice). */
export async function serverGids(server: TestSyncServer): Promise<string[]> {
  const all = (await server.asAdmin('GET', '_all_docs?include_docs=true')) as {
    rows: { doc: { type?: string; entries?: { gid: string }[] } }[];
  };
  return all.rows.flatMap(({ doc }) => (doc.type === 'log' ? (doc.entries ?? []).map((entry) => entry.gid) : []));
}
