// Bundled by scripts/bench.mts into out/bench-helpers.js for the benchmark only (never shipped): it drives the app's
// own storage code in the page, so the figures are Chromium's, not fake-indexeddb's.

import {
  answerCard,
  type BrowseQuery,
  browseCards,
  deleteDeck,
  importDeckId,
  loadQueue,
  loadStats,
  openDb,
  refreshSearchText,
  setDeckNewLimit,
  writeImport,
} from '../../lib/db';
import { ScheduleCache } from '../../lib/db/browseCache';
import { stampOlderLog } from '../../lib/db/olderLogStamp';
import { syncOnce } from '../../lib/db/syncOnce';
import { writeBackup } from '../../lib/export';
import { blobOfParts } from '../../lib/hooks/download';
import { parseInWorker, storeImport } from '../../lib/hooks/importClient';
import { couchRemote, signIn } from '../../lib/hooks/sync/couchRemote';
import { restoreFromFile } from '../../lib/hooks/useBackup';
import { createScheduler, DEFAULT_QUEUE_LIMITS, studyDay } from '../../lib/srs';
import { benchCollectionPart } from './benchCollection';
import { storageLayouts } from './storageLayouts';

const db = openDb();
let browserCache: { cache: ScheduleCache; stop: () => void } | null = null;

/**
 * Peak JS heap of the page (Chromium's performance.memory, sampled every 20 ms) and its longest task (a
 * PerformanceObserver of long tasks: over 50 ms of the main thread without a pause) while `work` runs.
 */
async function withHeapPeak<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number; maxLongTaskMs: number }> {
  const memory = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  let peak = memory();
  let maxLongTaskMs = 0;
  const longTasks = new PerformanceObserver((list) => {
    for (const task of list.getEntries()) maxLongTaskMs = Math.max(maxLongTaskMs, task.duration);
  });
  longTasks.observe({ type: 'longtask' });
  const timer = setInterval(() => {
    peak = Math.max(peak, memory());
  }, 20);
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  clearInterval(timer);
  // Entries of the last task are delivered after it: take them before stopping.
  for (const task of longTasks.takeRecords()) maxLongTaskMs = Math.max(maxLongTaskMs, task.duration);
  longTasks.disconnect();
  return { result, ms, peakMb: Math.round((Math.max(peak, memory()) / 1024 / 1024) * 10) / 10, maxLongTaskMs: Math.round(maxLongTaskMs) };
}

async function parseAndStore(name: string, bytes: ArrayBuffer, keepHistory: boolean, onPage: boolean) {
  const parsed = await parseInWorker(name, bytes, {});
  if (!parsed.ok) throw new Error(parsed.error.code);
  if (onPage) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const history = { scheduler: createScheduler(), dayOf: (at: number) => studyDay(at, zone, 4).key };
    return writeImport(db, parsed.deck, { now: Date.now(), fileName: name, ...(keepHistory ? { history } : {}) });
  }
  const signal = new AbortController().signal;
  return storeImport(parsed.deck, { deckName: parsed.deck.name, fileName: name, keepHistory, signal, onProgress: () => {} });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const kcBench = {
  /**
   * A heavy user's collection: n cards, ~`reviews` reviews each (new cards have none), written through Dexie. Like a
   * real collection: 20% new, 1% in (re)learning, the rest in review with due dates spread over ±30 days; the deck
   * keeps the default daily limits. `imported`: stored as an imported deck's are (what sync sends as notes).
   */
  async generate(n: number, reviews: number, imported = false): Promise<number> {
    const t0 = performance.now();
    const now = Date.now();
    const deckId = imported ? importDeckId('Bench') : 'bench';
    await db.decks.put({ id: deckId, name: { en: 'Bench', zh: 'Bench' }, source: 'import', hash: '', updatedAt: now });
    const CHUNK = 5000;
    for (let start = 0; start < n; start += CHUNK) {
      const { cards, schedule, logs } = benchCollectionPart({ start, end: Math.min(n, start + CHUNK), reviews, deckId, imported, now });
      await db.transaction('rw', db.cards, db.schedule, db.reviewLog, async () => {
        await db.cards.bulkPut(cards);
        await db.schedule.bulkPut(schedule);
        await db.reviewLog.bulkAdd(logs);
      });
    }
    // What every writer of cards does at the end: the deck's search text for the card browser.
    await db.transaction('rw', db.cards, db.searchText, () => refreshSearchText(db, [deckId]));
    return performance.now() - t0;
  },

  async queue(deckId = 'bench'): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const now = Date.now();
      const t0 = performance.now();
      await loadQueue(db, deckId, now, studyDay(now, Intl.DateTimeFormat().resolvedOptions().timeZone, 4), DEFAULT_QUEUE_LIMITS);
      times.push(performance.now() - t0);
    }
    return median(times);
  },

  /**
   * An import as the import screen does it: parsed in the import worker, written in the import-write worker; `onPage`
   * writes it on the page's main thread instead, as the screen did before (the figure to compare with).
   */
  async importText(name: string, text: string, onPage = false) {
    return withHeapPeak(() => parseAndStore(name, new TextEncoder().encode(text).buffer as ArrayBuffer, false, onPage));
  },

  /** An import of a package; with `history`, its review log is replayed as the import screen does by default. */
  async importBytes(name: string, base64: string, history = false, onPage = false) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return withHeapPeak(() => parseAndStore(name, bytes.buffer, history, onPage));
  },

  /**
   * The least IndexedDB itself takes to store these tables of this collection (by default what a restore writes: its
   * cards, schedule and review log): their rows added, each table in one transaction, to an empty scratch database of
   * the same schema, then cleared — raw IndexedDB requests (no Dexie, no file, no parsing or checks). A restore adds the
   * same rows and clears as many, a fresh device's pull adds them: the rest of their time is their own.
   */
  async idbFloor(names: readonly string[] = ['cards', 'schedule', 'reviewLog']): Promise<{ rows: number; addMs: number; clearMs: number }> {
    const scratch = openDb('kubecards-bench-floor');
    await scratch.open();
    const idb = scratch.backendDB();
    const inOne = (stores: string[], fill: (tx: IDBTransaction) => void) =>
      new Promise<number>((done, fail) => {
        const t0 = performance.now();
        const tx = idb.transaction(stores, 'readwrite', { durability: 'strict' });
        fill(tx);
        tx.oncomplete = () => done(performance.now() - t0);
        tx.onerror = () => fail(tx.error);
      });
    let rows = 0;
    let addMs = 0;
    for (const name of names) {
      // Read outside the measure; the schedule's queue is stored with it, as the app's middleware writes it.
      const table: unknown[] = await db.table(name).toArray();
      rows += table.length;
      addMs += await inOne([name], (tx) => {
        const store = tx.objectStore(name);
        for (const row of table) store.add(row);
      });
    }
    const clearMs = await inOne([...names], (tx) => {
      for (const name of names) tx.objectStore(name).clear();
    });
    scratch.close();
    await scratch.delete();
    return { rows, addMs, clearMs };
  },

  /**
   * The backup as the settings screen makes it (written part by part into a Blob) and restored from that file as the
   * settings screen does (read as a stream, checked and written in the restore worker).
   */
  async backupRoundTrip() {
    const t0 = performance.now();
    const file = blobOfParts('application/json');
    await writeBackup(db, Date.now(), file.add);
    const blob = file.blob();
    const exportMs = performance.now() - t0;
    const restore = await withHeapPeak(() => restoreFromFile(new File([blob], 'backup.json')));
    if ('error' in restore.result || 'cancelled' in restore.result) throw new Error(JSON.stringify(restore.result));
    return {
      exportMs,
      restoreMs: restore.ms,
      restoreMaxLongTaskMs: restore.maxLongTaskMs,
      mb: Math.round((blob.size / 1024 / 1024) * 10) / 10,
    };
  },

  /** Grading → next card painted, on the review screen: reveal with Space, then time the "3" key to the next paint. */
  async grades(count: number): Promise<number[]> {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 2000 && !ok(); i++) await frame();
    };
    /**
     * Resolves just after the first frame whose DOM satisfies `ok` has been painted: a task queued now runs after the
     * frame being prepared (the key is pressed from an animation callback, before that frame's paint), one queued from
     * a later frame's animation callback after that frame's paint.
     */
    const paintedWhen = (ok: () => boolean) =>
      new Promise<void>((done) => {
        const channel = new MessageChannel();
        let tries = 0;
        const check = () => (ok() || ++tries > 2000 ? channel.port2.postMessage('painted') : requestAnimationFrame(check));
        channel.port1.onmessage = (event) => (event.data === 'painted' || ok() ? done() : requestAnimationFrame(check));
        channel.port2.postMessage('now');
      });
    const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    const label = () => document.querySelector('article.card')?.getAttribute('data-card-id') ?? null;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      await until(() => document.querySelector('article.card .card-back[hidden]') !== null);
      const before = label();
      if (before === null) break;
      press(' ');
      await until(() => document.querySelector('.rate-3') !== null);
      const t0 = performance.now();
      press('3');
      await paintedWhen(() => label() !== before || document.querySelector('.finished') !== null);
      times.push(performance.now() - t0);
    }
    return times;
  },

  /** A card browser query: the first page of matches and the total, read through IndexedDB's indexes. */
  async browse(query: BrowseQuery): Promise<{ ms: number; total: number }> {
    const t0 = performance.now();
    const { total } = await browseCards(db, { ...query, limit: 100 }, Date.now());
    return { ms: performance.now() - t0, total };
  },

  /** The browser's copy of every schedule row, as the screen keeps it for its session: how long it takes to load. */
  async browseCacheLoad(): Promise<number> {
    const t0 = performance.now();
    browserCache?.stop();
    const cache = new ScheduleCache(db);
    const stop = cache.start();
    await new Promise<void>((loaded) => cache.subscribe(loaded));
    browserCache = { cache, stop };
    return performance.now() - t0;
  },

  /** The same query as the screen runs it, on the rows in memory (after `browseCacheLoad`): median of 5 runs. */
  async browseInMemory(query: BrowseQuery): Promise<{ ms: number; total: number }> {
    if (!browserCache) throw new Error('browseCacheLoad first');
    const rows = browserCache.cache.rows();
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      total = (await browseCards(db, { ...query, limit: 100 }, Date.now(), undefined, rows)).total;
      times.push(performance.now() - t0);
    }
    return { ms: median(times), total };
  },

  async stats(): Promise<number> {
    const t0 = performance.now();
    await loadStats(db, Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    return performance.now() - t0;
  },

  /** Deletes the decks an import wrote, so that the same file can be imported again as new. */
  async deleteImported(summary: { decks: string[] }) {
    for (const name of summary.decks) await deleteDeck(db, importDeckId(name), Date.now());
  },

  /** Global ids for a generated log, as the first sync of a device upgraded from before schema 4 stamps them. */
  async stampOlder(): Promise<number> {
    const t0 = performance.now();
    await stampOlderLog(db);
    return performance.now() - t0;
  },

  /** One sync round through the app's own code (signing in first when given the password), against `/couchdb`. */
  async syncRound(user: string, password?: string) {
    const t0 = performance.now();
    if (password !== undefined) await signIn('/couchdb', user, password);
    const report = await syncOnce(db, couchRemote('/couchdb', user));
    return { ms: performance.now() - t0, ...report, log: await db.reviewLog.count() };
  },

  /** `count` answers (Good) to cards of a deck, through the app's writer, as a learner's session would add. */
  async answerSome(deckId: string, count: number): Promise<number> {
    const scheduler = createScheduler();
    const rows = await db.schedule.where('deckId').equals(deckId).limit(count).toArray();
    const now = Date.now();
    for (const row of rows)
      await answerCard(db, scheduler, { cardKey: row.key, shownVersion: row.version, rating: 3, now, durationMs: 3_000 });
    return rows.length;
  },

  storageLayouts,

  setNewLimit: (deckId: string, limit: number) => setDeckNewLimit(db, deckId, limit, Date.now()),
  importDeckId,
  heapMb: () =>
    Math.round(((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1024 / 1024) * 10) / 10,
};

export type KcBench = typeof kcBench;
/** What the benchmark reads from the page. */
export type BenchWindow = Window & { kcBench: KcBench; __shown?: Record<string, number> };
(window as unknown as BenchWindow).kcBench = kcBench;
