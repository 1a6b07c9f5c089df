import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReviewLogRecord, ScheduleRecord } from '../../lib/db';
import type { App } from './browser';
import { answersStored, readStore, revealAndRate, startStudying } from './reviewSteps';
import { twoDevicesAndServer } from './syncSteps';

// Card actions and undo as synced log events, and sync at a page's start: a "phone" and a "laptop" (two Chromium
// profiles) sign in once in Settings; afterwards the phone never opens Settings again, yet gets what the laptop did.

const CARD = 'kubernetes/arch-hub';
const devices = twoDevicesAndServer();

/** Signs in on Settings → Sync and waits for the first round to end with nothing left to send. */
async function signInAndSync(app: App) {
  const { page } = app;
  await page.goto(`${app.baseUrl}/settings`);
  await page.getByLabel('User name').fill(devices.server.user);
  await page.getByLabel(/^Password/).fill(devices.server.password);
  await page.getByRole('button', { name: 'Sign in and sync' }).click();
  await allSent(page);
}

/** Waits until the Settings screen says this device has sent everything and is not syncing. */
const allSent = (page: Page) =>
  page.waitForFunction(() => {
    const pending = document.querySelector('[data-testid="sync-pending"]')?.textContent ?? '';
    const syncing = document.querySelector('[data-testid="settings-sync"] [aria-disabled="true"]');
    return pending.startsWith('0 ') && !syncing && document.querySelector('[data-last-synced]') !== null;
  });

async function syncNowInSettings(app: App) {
  await app.page.goto(`${app.baseUrl}/settings`);
  await app.page.getByRole('button', { name: 'Sync now' }).click();
  await allSent(app.page);
}

const scheduleOf = async (page: Page, key: string) => (await readStore<ScheduleRecord>(page, 'schedule')).find((row) => row.key === key);

describe('card actions and undo through the server', () => {
  it('a card suspended on the laptop is suspended on the phone, which syncs when a page starts (Settings never opened)', async () => {
    const { phone, laptop } = devices;
    for (const app of [phone, laptop]) await startStudying(app.page, app.baseUrl);
    for (const app of [phone, laptop]) await signInAndSync(app);
    // The phone leaves Settings for good: its engine is not running on this next page until the page starts it.
    await phone.page.goto(`${phone.baseUrl}/stats`);

    await laptop.page.goto(`${laptop.baseUrl}/card?key=${encodeURIComponent(CARD)}`);
    await laptop.page.getByRole('button', { name: 'Suspend', exact: true }).click();
    await laptop.page.getByText('Done: Suspend.').waitFor();
    await syncNowInSettings(laptop);

    await phone.page.goto(`${phone.baseUrl}/`);
    await expect.poll(async () => (await scheduleOf(phone.page, CARD))?.suspended, { timeout: 60_000 }).toBe(1);
  });

  it('an answer undone on the phone after it was pushed is taken back on the laptop too, and its siblings burial', async () => {
    const { phone, laptop } = devices;
    await startStudying(phone.page, phone.baseUrl);
    await revealAndRate(phone.page, 'touch');
    await answersStored(phone.page);
    const phoneLog = await readStore<ReviewLogRecord>(phone.page, 'reviewLog');
    const answer = phoneLog.filter((row) => (row.kind ?? 'review') === 'review').at(-1);
    // The card's siblings, buried by the answer until the phone's next study day: a bury entry each, synced.
    const buries = phoneLog.filter((row) => row.buriedBy === answer?.gid);
    expect(buries.length).toBeGreaterThan(0);
    // The engine (started with the page) pushes the answer a few seconds after it.
    await expect
      .poll(
        async () =>
          (await readStore<{ key: string; value: unknown }>(phone.page, 'settings')).find((row) => row.key === 'syncPushedUpTo')?.value,
        {
          timeout: 60_000,
        },
      )
      .toBeGreaterThanOrEqual(answer?.id as number);
    await laptop.page.goto(`${laptop.baseUrl}/`);
    await expect
      .poll(async () => (await readStore<ReviewLogRecord>(laptop.page, 'reviewLog')).some((row) => row.gid === answer?.gid), {
        timeout: 60_000,
      })
      .toBe(true);
    for (const bury of buries)
      await expect.poll(async () => (await scheduleOf(laptop.page, bury.cardKey))?.buriedUntil, { timeout: 60_000 }).toBe(bury.until);

    await phone.page.getByRole('button', { name: 'Undo' }).tap();
    await phone.page.getByRole('status').filter({ hasText: 'undone' }).waitFor();
    // The screen says so at once; the write follows: the answer leaves the phone's log, an undo entry names it.
    const undoneHere = async () => {
      const log = await readStore<ReviewLogRecord>(phone.page, 'reviewLog');
      return {
        answer: log.some((row) => row.gid === answer?.gid),
        undos: log
          .filter((row) => row.kind === 'undo')
          .map((row) => row.target)
          .sort(),
      };
    };
    await expect.poll(undoneHere).toEqual({ answer: false, undos: [answer?.gid, ...buries.map((row) => row.gid)].sort() });
    const lastUndo = Math.max(...(await readStore<ReviewLogRecord>(phone.page, 'reviewLog')).map((row) => row.id as number));

    // The undo is pushed a few seconds later; the laptop, at its next page start, replays the answer away.
    await expect
      .poll(
        async () =>
          (await readStore<{ key: string; value: number }>(phone.page, 'settings')).find((row) => row.key === 'syncPushedUpTo')?.value,
        {
          timeout: 60_000,
        },
      )
      .toBeGreaterThanOrEqual(lastUndo);
    await laptop.page.goto(`${laptop.baseUrl}/stats`);
    await expect
      .poll(async () => (await readStore<ReviewLogRecord>(laptop.page, 'reviewLog')).some((row) => row.gid === answer?.gid), {
        timeout: 60_000,
      })
      .toBe(false);
    expect(await scheduleOf(laptop.page, answer?.cardKey as string)).toMatchObject({ reps: 0, state: 0 });
    for (const bury of buries) expect(await scheduleOf(laptop.page, bury.cardKey)).toMatchObject({ buriedUntil: 0 });
  });
});
