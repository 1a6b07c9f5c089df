// BENCH_ONLY=sync: a heavy learner's log pushed from one device through the app's own sync code, pulled by a FRESH
// device (a new Chromium profile), then an incremental round after 50 answers. pouchdb-server in memory, started here.
import { openApp } from '../../tests/e2e/browser';
// @ts-expect-error a plain .mjs script without types
import { startSyncServer } from '../sync-server.mjs';
import type { BenchWindow } from './pageHelpers';

const round = (x: number) => Math.round(x * 10) / 10;
/** The tables a fresh device's pull fills. */
const PULLED_TABLES = ['decks', 'cards', 'schedule', 'reviewLog', 'dailyStats', 'searchText', 'syncContent'];

async function openDevice() {
  const app = await openApp({ viewport: { width: 390, height: 844 } });
  await app.page.goto(`${app.baseUrl}/`);
  await app.page.getByRole('link', { name: 'Study Kubernetes' }).waitFor({ timeout: 60_000 });
  await app.page.addScriptTag({ url: '/bench-helpers.js', type: 'module' });
  await app.page.waitForFunction(() => 'kcBench' in window);
  return app;
}

/**
 * `cards` cards, each answered `reviews` times but the 20% the bench generator leaves new; `content`: the cards are an
 * imported deck's, whose notes sync too (else only the log travels, and the fresh device has not the cards).
 */
export async function syncBench(cards: number, reviews: number, content: boolean): Promise<Record<string, number | string>> {
  const server = await startSyncServer();
  process.env.COUCHDB_URL = server.url;
  const row: Record<string, number | string> = { cards, notes: content ? 'synced' : 'not synced' };
  try {
    const laptop = await openDevice();
    row.generateS = round(
      (await laptop.page.evaluate(([n, r, c]) => (window as unknown as BenchWindow).kcBench.generate(n, r, c), [
        cards,
        reviews,
        content,
      ] as const)) / 1000,
    );
    const deckId = content ? await laptop.page.evaluate(() => (window as unknown as BenchWindow).kcBench.importDeckId('Bench')) : 'bench';
    row.stampMs = round(await laptop.page.evaluate(() => (window as unknown as BenchWindow).kcBench.stampOlder()));
    const push = await laptop.page.evaluate(
      ([user, password]) => (window as unknown as BenchWindow).kcBench.syncRound(user, password),
      [server.user, server.password],
    );
    row.answers = push.log;
    row.pushDocs = push.pushed;
    row.firstSyncMs = round(push.ms);

    const phone = await openDevice();
    const t0 = Date.now();
    const pull = await phone.page.evaluate(
      ([user, password]) => (window as unknown as BenchWindow).kcBench.syncRound(user, password),
      [server.user, server.password],
    );
    if (pull.log !== push.log) throw new Error(`the fresh device holds ${pull.log} answers, the pushing one ${push.log}`);
    await phone.page.goto(`${phone.baseUrl}/review${content ? `?deck=${deckId}` : ''}`);
    await phone.page.locator('article.card').waitFor({ timeout: 120_000 });
    row.freshPullMs = round(pull.ms);
    row.freshPullToFirstCardMs = Date.now() - t0;

    await phone.page.addScriptTag({ url: '/bench-helpers.js', type: 'module' });
    await phone.page.waitForFunction(() => 'kcBench' in window);
    await laptop.page.evaluate((d) => (window as unknown as BenchWindow).kcBench.answerSome(d, 50), deckId);
    const up = await laptop.page.evaluate((user) => (window as unknown as BenchWindow).kcBench.syncRound(user), server.user);
    const down = await phone.page.evaluate((user) => (window as unknown as BenchWindow).kcBench.syncRound(user), server.user);
    if (down.log !== up.log) throw new Error(`after 50 answers: ${down.log} answers on the fresh device, ${up.log} on the other`);
    row.incrementalPushMs = round(up.ms);
    row.incrementalPullMs = round(down.ms);
    // What IndexedDB alone takes to store what the fresh device now holds, measured in this run (the same load).
    const floor = await phone.page.evaluate((tables) => (window as unknown as BenchWindow).kcBench.idbFloor(tables), PULLED_TABLES);
    row.pulledRows = floor.rows;
    row.pulledRowsIdbFloorMs = round(floor.addMs);
    await laptop.close();
    await phone.close();
  } finally {
    delete process.env.COUCHDB_URL;
    await server.stop();
  }
  return row;
}
