import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyStatsOf, type ReviewLogRecord } from '../../lib/db';
import { newMemoryState } from '../../lib/model';
import { simulateLearner, UNUSUAL_MEMORY } from '../unit/srs/simulateLearner';
import { type App, openApp } from './browser';
import { readStore, startStudying } from './reviewSteps';

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** The Easy button's interval on the first (new) card: FSRS's initial stability for Easy, a parameter the optimizer fits. */
async function easyInterval(): Promise<string> {
  const { page } = app;
  await startStudying(page, app.baseUrl);
  await page.keyboard.press('Space');
  return (await page.locator('.rate-4 .rate-interval').textContent()) ?? '';
}

/**
 * Writes a simulated learner's answers straight into the review log, with the daily totals every answer keeps (the
 * optimizer's count reads those), as if months of study had happened.
 */
async function addReviewHistory() {
  const log = simulateLearner({ cards: 400, days: 150, truth: UNUSUAL_MEMORY, seed: 3, start: Date.UTC(2026, 0, 1) });
  const rows = log.map((answer) => ({
    ...answer,
    deckId: 'sim',
    noteId: answer.cardKey,
    durationMs: 5000,
    version: 1,
    day: new Date(answer.review).toISOString().slice(0, 10),
    before: { ...newMemoryState(answer.review), state: answer.before.state },
  }));
  const totals = dailyStatsOf(rows as ReviewLogRecord[]);
  await app.page.evaluate(
    ({ records, days }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kubecards');
        open.onsuccess = () => {
          const tx = open.result.transaction(['reviewLog', 'dailyStats'], 'readwrite');
          for (const record of records) tx.objectStore('reviewLog').add(record);
          for (const day of days) tx.objectStore('dailyStats').put(day);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { records: rows, days: totals },
  );
  return rows.length;
}

describe('fitting FSRS to the learner’s own reviews', () => {
  it('is offered from 1,000 reviews, trains in the browser, scores itself, and changes the schedule only when applied', async () => {
    const { page } = app;
    // Without fuzz, an interval depends only on the parameters.
    await page.goto(`${app.baseUrl}/settings`);
    await page.getByLabel('Spread reviews a little (fuzz)').uncheck();
    await page.getByRole('button', { name: 'Save study settings' }).click();
    await page.getByText('Study settings saved.').waitFor();
    const defaultEasy = await easyInterval();
    await page.goto(`${app.baseUrl}/settings`);
    const run = page.getByRole('button', { name: /^Optimize from my/ });
    await page.getByText('Available from 1,000 reviews').waitFor();
    expect(await run.isDisabled()).toBe(true);

    const reviews = await addReviewHistory();
    await page.reload();
    await page.getByRole('button', { name: `Optimize from my ${reviews.toLocaleString('en')} reviews` }).click();
    await page.getByTestId('optimizer-result').waitFor({ timeout: 120_000 });
    const [current, optimized] = ((await page.getByTestId('optimizer-result').textContent()) ?? '').match(/\d\.\d{4}/g)?.map(Number) ?? [];
    expect(optimized).toBeLessThan(current as number);

    await page.getByRole('button', { name: 'Use the new parameters' }).click();
    await page.getByText('In use: your own parameters.').waitFor();
    const [study] = await readStore<{ key: string; value: { parameters: number[] } }>(page, 'settings').then((rows) =>
      rows.filter((row) => row.key === 'study'),
    );
    expect(study?.value.parameters).toHaveLength(21);
    expect(await easyInterval()).not.toBe(defaultEasy);

    await page.goto(`${app.baseUrl}/settings`);
    await page.getByRole('button', { name: 'Back to the defaults' }).click();
    await page.getByText('In use: the default FSRS-6 parameters.').waitFor();
    expect(await easyInterval()).toBe(defaultEasy);
  });
});
