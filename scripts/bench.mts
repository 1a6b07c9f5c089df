// npm run bench: the production export in real Chromium with collections of 1k / 10k / 100k cards (~5 reviews each,
// written through the app's own storage code in the page). Prints a table and writes bench/results.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { BrowseQuery } from '../lib/db';
import { ANSWERS_PER_CARD, CARDS, chooseBackup, peakHeaps, writeBackupFile } from '../tests/e2e/backupFile';
import { openApp, waitForServiceWorker } from '../tests/e2e/browser';
import { ankiHistoryPackage } from './bench/ankiHistoryPackage.mts';
import type { BenchWindow } from './bench/pageHelpers';
import { syncBench } from './bench/syncBench.mts';
import { firstLoadJs } from './first-load-js.mjs';
import { lighthouseScores, printLighthouse } from './lighthouse.mjs';
import { startServer } from './serve.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
/** `BENCH_ONLY=review`: the review screen's figures only (cold start, queue, grades), to iterate on them quickly. */
const REVIEW_ONLY = process.env.BENCH_ONLY === 'review';
/** `BENCH_ONLY=browser`: the card browser's queries only (through IndexedDB, and on the rows it keeps in memory). */
const BROWSER_ONLY = process.env.BENCH_ONLY === 'browser';
/** `BENCH_ONLY=imports`: the imports and the backup round trip alone (no cold starts, grades, browser or Lighthouse). */
const IMPORTS_ONLY = process.env.BENCH_ONLY === 'imports';
/** `BENCH_ONLY=sync`: a heavy learner's log pushed from one device and pulled by a fresh one (scripts/bench/syncBench.mts). */
const SYNC_ONLY = process.env.BENCH_ONLY === 'sync';
/** `BENCH_ONLY=restore`: the backup round trip alone (export, then restore in the worker), to iterate on it quickly. */
const RESTORE_ONLY = process.env.BENCH_ONLY === 'restore';
/** `BENCH_ONLY=storage`: IndexedDB's own time for one collection in the app's layout and with the log packed. */
const STORAGE_ONLY = process.env.BENCH_ONLY === 'storage';
const REVIEWS_PER_CARD = 5;
const GRADES = 200;
const APKG = '../shared/fixtures/apkg/mujing-basic_word.apkg';

await build({ entryPoints: ['scripts/bench/pageHelpers.ts'], bundle: true, format: 'esm', minify: true, outfile: 'out/bench-helpers.js' });
if (SYNC_ONLY) {
  // 100k cards, 80k of them answered 6 times: 480k answers. BENCH_SYNC_NOTES=0: the log alone.
  const row = await syncBench(Number(process.env.BENCH_SYNC_CARDS ?? 100_000), 6, process.env.BENCH_SYNC_NOTES !== '0');
  console.table([row]);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/sync.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), sync: row }, null, 2)}\n`);
  console.log('bench/sync.json written');
  process.exit(0);
}
if (STORAGE_ONLY) {
  const app = await openApp();
  await app.page.goto(`${app.baseUrl}/`);
  await app.page.addScriptTag({ url: '/bench-helpers.js', type: 'module' });
  await app.page.waitForFunction(() => 'kcBench' in window);
  const layouts = [];
  for (const size of SIZES)
    layouts.push(
      await app.page.evaluate(([n, r]) => (window as unknown as BenchWindow).kcBench.storageLayouts(n, r), [
        size,
        REVIEWS_PER_CARD,
      ] as const),
    );
  await app.close();
  console.table(layouts);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/storage.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), layouts }, null, 2)}\n`);
  console.log('bench/storage.json written');
  process.exit(0);
}
const server = await startServer('out', 0);
const serverUrl = `http://localhost:${(server.address() as AddressInfo).port}`;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (x: number) => Math.round(x * 10) / 10;

const csv10k = [
  'front,back',
  ...Array.from({ length: 10_000 }, (_, i) => `"Question ${i}: what does kubectl get pods -n ns${i} show?","Answer ${i}, with a comma"`),
].join('\n');
const apkgBase64 = readFileSync(APKG).toString('base64');
// A heavy Anki user's deck with its history: 4,590 cards, 20 answers each (91,800 review-log rows).
const ankiHistoryBase64 = Buffer.from(await ankiHistoryPackage(APKG, 5000, 20)).toString('base64');

/** Card browser queries: a text search, opening it, and the filters that read through an index or need every row. */
const BROWSER_QUERIES: [string, BrowseQuery][] = [
  ['Search', { text: 'question 4' }],
  ['Open', {}],
  ['DueWeek', { dueToDays: 7, sort: 'due' }],
  ['Learning', { state: 'learning' }],
  ['LowRecall', { retrievabilityBelow: 0.8, sort: 'lapses' }],
  ['Kind', { kind: 'basic', sort: 'difficulty' }],
];

type Row = Record<string, number | string>;

/** What a page shows when it is ready for the learner: a name, a selector and how many must match. */
const READY: [string, string, number][] = [
  ['firstCard', 'article.card', 1],
  ['decks', '.deck-list .deck', 2],
];

/** Median over 3 new page loads of `url`: milliseconds from navigation until `mark` (see READY) is first in the DOM. */
async function medianTimeToShow(page: Page, url: string, mark: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(url);
    await page.waitForFunction((name) => (window as unknown as BenchWindow).__shown?.[name] !== undefined, mark, { timeout: 60_000 });
    times.push(await page.evaluate((name) => (window as unknown as BenchWindow).__shown?.[name] as number, mark));
  }
  return percentile(times, 50);
}
const rows: Record<number, Row> = {};

for (const size of SIZES) {
  const app = await openApp({ viewport: { width: 390, height: 844 } });
  const { page, context } = app;
  // The app's pages are served by our server; the helpers live next to them.
  await page.goto(`${app.baseUrl}/`);
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: 'Study Kubernetes' }).waitFor({ timeout: 60_000 });
  await page.addScriptTag({ url: '/bench-helpers.js', type: 'module' });
  await page.waitForFunction(() => 'kcBench' in window);
  // Every page load from here on notes when each READY mark first appears (before it can be painted).
  await page.addInitScript((marks) => {
    const shown: Record<string, number> = {};
    (window as unknown as BenchWindow).__shown = shown;
    new MutationObserver(() => {
      for (const [name, selector, count] of marks)
        if (!(name in shown) && document.querySelectorAll(selector).length >= count) shown[name] = performance.now();
    }).observe(document, { childList: true, subtree: true });
  }, READY);
  const row: Row = { cards: size };
  row.generateS = round(
    (await page.evaluate(([n, r]) => (window as unknown as BenchWindow).kcBench.generate(n, r), [size, REVIEWS_PER_CARD])) / 1000,
  );

  // Cold start of the review route (served by the service worker) until the first card is visible, and of home until
  // every deck shows its counts.
  if (!IMPORTS_ONLY && !RESTORE_ONLY) {
    row.coldStartMs = round(await medianTimeToShow(page, `${app.baseUrl}/review?deck=bench`, 'firstCard'));
    row.homeStartMs = round(await medianTimeToShow(page, `${app.baseUrl}/`, 'decks'));
    // Back to the review screen, where the measures below run.
    await page.goto(`${app.baseUrl}/review?deck=bench`);
    await page.locator('article.card').waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    row.heapAfterStartMb = round(
      (await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize)) / 1024 / 1024,
    );

    await page.addScriptTag({ url: '/bench-helpers.js', type: 'module' });
    await page.waitForFunction(() => 'kcBench' in window);
    row.queueMs = round(await page.evaluate(() => (window as unknown as BenchWindow).kcBench.queue('bench')));
    const grades: number[] = await page.evaluate((n) => (window as unknown as BenchWindow).kcBench.grades(n), GRADES);
    row.gradeP50Ms = round(percentile(grades, 50));
    row.gradeP95Ms = round(percentile(grades, 95));
    row.grades = grades.length;
    // A figure from no grades would be a blank in the table, not a measurement: stop instead.
    if (grades.length === 0) throw new Error(`no grade measured at ${size} cards: is the page on the review screen?`);
    if (REVIEW_ONLY) {
      rows[size] = row;
      console.log(row);
      await app.close();
      continue;
    }
  }

  // The browser and the statistics on the collection as studied; the imports and the restore below add to it and
  // leave IndexedDB compacting hundreds of thousands of fresh rows for a while, which is measured there.
  if (!IMPORTS_ONLY && !RESTORE_ONLY) {
    for (const [name, query] of BROWSER_QUERIES) {
      const browse = await page.evaluate((q) => (window as unknown as BenchWindow).kcBench.browse(q), query);
      row[`browser${name}Ms`] = round(browse.ms);
      row[`browser${name}Matches`] = browse.total;
    }
    row.statsMs = round(await page.evaluate(() => (window as unknown as BenchWindow).kcBench.stats()));
  }
  if (!IMPORTS_ONLY && !RESTORE_ONLY) {
    // The browser screen keeps every schedule row in memory for its session (loaded once), and queries those.
    row.browserRowsLoadMs = round(await page.evaluate(() => (window as unknown as BenchWindow).kcBench.browseCacheLoad()));
    for (const [name, query] of BROWSER_QUERIES) {
      const browse = await page.evaluate((q) => (window as unknown as BenchWindow).kcBench.browseInMemory(q), query);
      if (browse.total !== row[`browser${name}Matches`])
        throw new Error(`browser ${name}: ${browse.total} in memory, ${row[`browser${name}Matches`]} read`);
      row[`browser${name}InMemoryMs`] = round(browse.ms);
    }
  }
  if (BROWSER_ONLY) {
    rows[size] = row;
    console.log(row);
    await app.close();
    continue;
  }

  // Each import written on the page's main thread (as the app did before), then deleted, and written in the
  // import-write worker (as the app does now): the time, the page's peak heap and its longest task.
  for (const [where, onPage] of RESTORE_ONLY
    ? []
    : ([
        ['OnPage', true],
        ['', false],
      ] as const)) {
    const csv = await page.evaluate(([text, p]) => (window as unknown as BenchWindow).kcBench.importText('bench-10k.csv', text, p), [
      csv10k,
      onPage,
    ] as const);
    row[`import10kCsv${where}Ms`] = round(csv.ms);
    row[`import10kCsv${where}PeakHeapMb`] = csv.peakMb;
    row[`import10kCsv${where}MaxLongTaskMs`] = csv.maxLongTaskMs;
    const apkg = await page.evaluate(
      ([b64, p]) => (window as unknown as BenchWindow).kcBench.importBytes('mujing-basic_word.apkg', b64, false, p),
      [apkgBase64, onPage] as const,
    );
    row[`importApkg459${where}Ms`] = round(apkg.ms);
    row[`importApkg459${where}MaxLongTaskMs`] = apkg.maxLongTaskMs;
    const history = await page.evaluate(
      ([b64, p]) => (window as unknown as BenchWindow).kcBench.importBytes('anki-history.apkg', b64, true, p),
      [ankiHistoryBase64, onPage] as const,
    );
    row[`importAnkiHistory${where}Ms`] = round(history.ms);
    row[`importAnkiHistory${where}Answers`] = history.result.answers;
    row[`importAnkiHistory${where}PeakHeapMb`] = history.peakMb;
    row[`importAnkiHistory${where}MaxLongTaskMs`] = history.maxLongTaskMs;
    if (onPage)
      for (const summary of [csv.result, apkg.result, history.result])
        await page.evaluate((s) => (window as unknown as BenchWindow).kcBench.deleteImported(s), summary);
  }
  const floor = await page.evaluate(() => (window as unknown as BenchWindow).kcBench.idbFloor());
  row.restoreRows = floor.rows;
  row.restoreIdbFloorAddMs = round(floor.addMs);
  row.restoreIdbFloorClearMs = round(floor.clearMs);
  const backup = await page.evaluate(() => (window as unknown as BenchWindow).kcBench.backupRoundTrip());
  row.backupExportMs = round(backup.exportMs);
  row.backupRestoreMs = round(backup.restoreMs);
  row.backupRestoreMaxLongTaskMs = backup.restoreMaxLongTaskMs;
  row.backupMb = backup.mb;
  row.statsAfterRestoreMs = round(await page.evaluate(() => (window as unknown as BenchWindow).kcBench.stats()));
  rows[size] = row;
  console.log(row);
  await app.close();
}

/**
 * A ~1.1 GB backup (2,000 cards, 20,000 answers and 77 media files of 10 MiB) restored through the settings screen
 * of a fresh profile: how long, and the peak JS heaps of the page and of the restore worker.
 */
async function restoreHugeBackup() {
  const dir = mkdtempSync(join(tmpdir(), 'kubecards-bench-'));
  const path = join(dir, 'huge-backup.json');
  await writeBackupFile(path, 77);
  const app = await openApp();
  try {
    await app.page.goto(`${app.baseUrl}/settings`);
    await app.page.getByRole('heading', { name: 'Backup' }).waitFor({ timeout: 60_000 });
    const t0 = performance.now();
    const heaps = await peakHeaps(await app.context.newCDPSession(app.page), async () => {
      await chooseBackup(app.page, path);
      const done = `Backup restored (${(CARDS * ANSWERS_PER_CARD).toLocaleString('en-US')} reviews).`;
      await app.page.getByText(done).waitFor({ timeout: 30 * 60_000 });
    });
    return { mb: Math.round(statSync(path).size / 2 ** 20), restoreMs: round(performance.now() - t0), ...heaps };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
/** `BENCH_HUGE_RESTORE=1`: also restore a 1.1 GB backup (a few minutes). */
const hugeRestore = process.env.BENCH_HUGE_RESTORE === '1' ? await restoreHugeBackup() : null;

const lighthouse =
  REVIEW_ONLY || BROWSER_ONLY || IMPORTS_ONLY || RESTORE_ONLY
    ? {}
    : await lighthouseScores(serverUrl, ['/', '/review'], Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const js = firstLoadJs('out').filter((r: { route: string }) => !/^\/notes\/./.test(r.route));
server.close();

console.log('\nPer collection size (Chromium, this machine, unthrottled):');
console.table(Object.values(rows));
if (hugeRestore) console.log('A 1.1 GB backup restored (MB, ms, peak JS heap MB):', hugeRestore);
console.log('First-load JS per route (KB gzip):');
console.table(js);
console.log("Lighthouse 12 mobile, median of runs (benchmarkIndex: this machine's speed, as Lighthouse measured it):");
printLighthouse(lighthouse);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), sizes: rows, hugeRestore, firstLoadJs: js, lighthouse }, null, 2)}\n`,
);
console.log('bench/results.json written');
process.exit(0);
