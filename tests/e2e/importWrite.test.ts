import { afterAll, beforeAll, expect, it } from 'vitest';
import { type App, openApp, waitForServiceWorker } from './browser';
import { importThroughUi } from './importFlow';
import { countStore } from './reviewSteps';

// Issue 17 §2: a 60,000-row CSV took 35 s to write with the page janking (a 400 ms long task), an Anki history of
// 82,620 answers ~10 s on the main thread. The writes now run in the import-write worker; the page keeps a Cancel.

const csvOf = (rows: number) => ({
  name: `rows-${rows}.csv`,
  mimeType: 'text/csv',
  buffer: Buffer.from(`front,back\n${Array.from({ length: rows }, (_, i) => `Question ${i},Answer ${i}`).join('\n')}\n`),
});
/** Long enough to be written for a while (the cancel comes meanwhile); short enough to be written within the wait. */
const CANCELLED_ROWS = 20_000;
const ROWS = 5_000;

let app: App;
beforeAll(async () => {
  app = await openApp();
  // The first visit stores the deck and installs the service worker: the counts below read a settled database.
  await app.page.goto(`${app.baseUrl}/`);
  await app.page.getByRole('link', { name: 'Study Kubernetes' }).waitFor({ timeout: 60_000 });
  await waitForServiceWorker(app.page);
}, 90_000);
afterAll(async () => {
  await app?.close();
});

it('an import being written can be cancelled: nothing is written, and it says so', async () => {
  const { page, baseUrl } = app;
  await page.goto(`${baseUrl}/import`);
  const cards = await countStore(page, 'cards');
  await page.locator('input[type=file]').setInputFiles(csvOf(CANCELLED_ROWS));
  await page.getByRole('heading', { name: 'Preview' }).waitFor();
  await page.getByRole('button', { name: /^Import [\d,]+ cards$/ }).click();
  await page.getByText(/Importing… [\d,]+ of 20,000 cards/).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Import cancelled: nothing was written.').waitFor({ timeout: 60_000 });
  expect(await countStore(page, 'cards')).toBe(cards);
}, 90_000);

it('a 5,000-row CSV is written off the main thread (longest task of the page reported)', async () => {
  const { page, baseUrl } = app;
  await page.goto(`${baseUrl}/import`);
  const cards = await countStore(page, 'cards');
  // Long tasks from the confirm on: the write, and handing the parsed deck to its worker.
  const observeLongTasks = () =>
    page.evaluate(() => {
      const seen = { longest: 0 };
      (window as unknown as { longTasks: typeof seen }).longTasks = seen;
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) seen.longest = Math.max(seen.longest, task.duration);
      }).observe({ type: 'longtask' });
    });
  expect(await importThroughUi(page, baseUrl, csvOf(ROWS), observeLongTasks)).toContain(`${ROWS.toLocaleString('en-US')} added`);
  const longest = await page.evaluate(() => (window as unknown as { longTasks: { longest: number } }).longTasks.longest);
  console.log(
    `import of ${ROWS} CSV rows: longest task of the page from the confirm on ${Math.round(longest)} ms (written in the import-write worker)`,
  );
  expect(await countStore(page, 'cards')).toBe(cards + ROWS);
}, 120_000);
