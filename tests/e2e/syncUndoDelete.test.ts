import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DeckRecord, ReviewLogRecord, ScheduleRecord } from '../../lib/db';
import type { SyncContentRecord } from '../../lib/db/records';
import { memoryStateOf } from '../../lib/model';
import type { App } from './browser';
import { importThroughUi } from './importFlow';
import { answersStored, readStore, revealAndRate } from './reviewSteps';
import { signInOnSettings, syncedSince, syncNowOnSettings, twoDevicesAndServer } from './syncSteps';

// Issue 14, "an undo is a new event, never a deletion once synced": the browser's "Delete notes", pushed, then undone
// from its bar, brings the notes and their answers back on the other device too (a "phone" and a "laptop", two
// Chromium profiles, pouchdb-server started here).

const devices = twoDevicesAndServer();

async function signedIn(app: App) {
  const before = Date.now();
  await signInOnSettings(app.page, app.baseUrl, devices.server.user, devices.server.password);
  await syncedSince(app.page, before);
}

async function syncNow(app: App) {
  await app.page.goto(`${app.baseUrl}/settings`);
  await syncNowOnSettings(app.page);
}

const importedAnswers = async (page: Page) =>
  (await readStore<ReviewLogRecord>(page, 'reviewLog'))
    .filter((row) => row.cardKey.startsWith('import/'))
    .map((row) => row.gid)
    .sort();
/** The answered cards' schedules (a new card's due is when it was added on each device: it may differ). */
const answeredSchedules = async (page: Page) =>
  (await readStore<ScheduleRecord>(page, 'schedule'))
    .filter((row) => row.key.startsWith('import/') && row.reps > 0)
    .map((row) => [row.key, memoryStateOf(row)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
/** The phone's note rows: every one pushed, and deleted or not. */
const notesPushed = async (page: Page, deleted: boolean) =>
  (await readStore<SyncContentRecord>(page, 'syncContent'))
    .filter((row) => row.id.startsWith('note:'))
    .every((row) => row.pending === 0 && (row.deleted === 1) === deleted);

describe('undoing a deletion of notes after it was pushed', () => {
  it('brings the notes and their answers back on the other device, with the same schedules', async () => {
    const { phone, laptop } = devices;
    const { page } = phone;
    const rows = ['alpha', 'beta', 'gamma'].map((word) => `"undofixture ${word}: what is it?","${word}"`);
    const csv = { name: 'undo-fixture.csv', mimeType: 'text/csv', buffer: Buffer.from(`front,back\n${rows.join('\n')}\n`) };
    expect(await importThroughUi(page, phone.baseUrl, csv)).toMatch(/^3 added/);
    const deck = (await readStore<DeckRecord>(page, 'decks')).find((row) => row.source === 'import') as DeckRecord;
    await page.goto(`${phone.baseUrl}/review?deck=${encodeURIComponent(deck.id)}`);
    await page.locator('article.card').waitFor();
    await revealAndRate(page, 'touch');
    await revealAndRate(page, 'touch');
    await answersStored(page);
    const answers = await importedAnswers(page);
    expect(answers.length).toBeGreaterThanOrEqual(2);

    await signedIn(phone);
    await signedIn(laptop);
    expect(await importedAnswers(laptop.page)).toEqual(answers);

    await page.goto(`${phone.baseUrl}/browse?q=undofixture`);
    await page.getByRole('heading', { name: 'Card browser', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('browse-count').textContent()).toBe('3 of 3 cards');
    for (const box of await page.locator('.browse-list input[type=checkbox]').all()) await box.check();
    await expect.poll(() => page.getByTestId('bulk-selected').textContent()).toBe('3 selected');
    await page.getByRole('button', { name: 'Delete notes…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.getByTestId('bulk-done').textContent()).toMatch(/^Deleted 3 cards\./);
    // The engine pushes the tombstones a few seconds after the action, the page staying where it is.
    await expect.poll(() => notesPushed(page, true), { timeout: 60_000 }).toBe(true);
    await syncNow(laptop);
    expect(await importedAnswers(laptop.page)).toEqual([]);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('bulk-done').textContent()).toBe('Undone.');
    await expect.poll(() => notesPushed(page, false), { timeout: 60_000 }).toBe(true);
    await syncNow(laptop);
    expect(await importedAnswers(laptop.page)).toEqual(answers);
    const schedules = await answeredSchedules(page);
    expect(schedules).toHaveLength(2);
    expect(await answeredSchedules(laptop.page)).toEqual(schedules);
  });
});
