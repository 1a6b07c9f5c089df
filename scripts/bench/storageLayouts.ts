// BENCH_ONLY=storage (page side, never shipped): what IndexedDB itself takes to store one generated collection in the
// app's layout (a record per card, schedule row and answer) and with the answers packed in other layouts — the
// figures behind the choice of a log layout (lib/sync/README.md: a fresh device's pull, a restore).
import { openDb, queueOf, type ReviewLogRecord } from '../../lib/db';
import { benchCollectionPart, type CollectionPart } from './benchCollection';

/** Answers per block in the "blocks" layout: a heavy learner's day, as sync's log documents hold them. */
const BLOCK = 500;

/** Adds rows to stores of `idb` in one strict transaction (as the app writes); resolves with its milliseconds. */
function addInOne(idb: IDBDatabase, store: string, rows: readonly unknown[]): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const tx = idb.transaction([store], 'readwrite', { durability: 'strict' });
    const target = tx.objectStore(store);
    for (const row of rows) target.add(row);
    tx.oncomplete = () => done(Math.round(performance.now() - t0));
    tx.onerror = () => fail(tx.error);
  });
}

function openRaw(name: string, make: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => make(request.result);
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

const deleteDatabase = (name: string) =>
  new Promise<void>((done, fail) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => done();
    request.onerror = () => fail(request.error);
  });

/** Each card's answers in one record (the card's whole history). */
function perCard(log: readonly ReviewLogRecord[]) {
  const byCard = new Map<string, ReviewLogRecord[]>();
  for (const entry of log) {
    const entries = byCard.get(entry.cardKey);
    if (entries) entries.push(entry);
    else byCard.set(entry.cardKey, [entry]);
  }
  return [...byCard].map(([cardKey, entries]) => ({ cardKey, deckId: entries[0]?.deckId, entries }));
}

/** Answers in time order, BLOCK to a record, each naming its cards (a multi-entry index finds a card's blocks). */
function inBlocks(log: readonly ReviewLogRecord[]) {
  const sorted = [...log].sort((a, b) => a.review - b.review);
  const blocks = [];
  for (let i = 0; i < sorted.length; i += BLOCK) {
    const entries = sorted.slice(i, i + BLOCK);
    blocks.push({ id: i / BLOCK, cardKeys: [...new Set(entries.map((e) => e.cardKey))], last: entries.at(-1)?.review, entries });
  }
  return blocks;
}

/**
 * `n` cards with ~`reviews` answers each, stored raw (no Dexie, no checks): the app's tables in a scratch database of
 * the app's schema, then the answers alone per card and in blocks. Milliseconds per table and layout.
 */
export async function storageLayouts(n: number, reviews: number): Promise<Record<string, number>> {
  const now = Date.now();
  const part: CollectionPart = benchCollectionPart({ start: 0, end: n, reviews, deckId: 'layouts', imported: true, now });
  const log = part.logs.map((row, i) => ({ ...row, id: i + 1, gid: `device:${row.review}:${i + 1}` }));
  const figures: Record<string, number> = { cards: n, answers: log.length };

  const scratch = openDb('kubecards-bench-layouts');
  await scratch.open();
  const idb = scratch.backendDB();
  figures.cardsMs = await addInOne(idb, 'cards', part.cards);
  // The schedule's queue is stored with each row, as the app's middleware writes it.
  figures.scheduleMs = await addInOne(
    idb,
    'schedule',
    part.schedule.map((row) => ({ ...row, queue: queueOf(row) })),
  );
  // A pulled note's marker, one per note (what a fresh device's pull writes beside the cards).
  figures.syncContentMs = await addInOne(
    idb,
    'syncContent',
    part.cards.map((card) => ({ id: `note:${card.noteId}`, pending: 0 })),
  );
  figures.logOneRecordEachMs = await addInOne(idb, 'reviewLog', log);
  scratch.close();
  await scratch.delete();

  const alt = await openRaw('kubecards-bench-layouts-alt', (made) => {
    made.createObjectStore('perCard', { keyPath: 'cardKey' }).createIndex('deckId', 'deckId');
    const blocks = made.createObjectStore('blocks', { keyPath: 'id' });
    blocks.createIndex('cardKeys', 'cardKeys', { multiEntry: true });
    blocks.createIndex('last', 'last');
  });
  const cardRecords = perCard(log);
  const blocks = inBlocks(log);
  figures.logPerCardRecords = cardRecords.length;
  figures.logPerCardMs = await addInOne(alt, 'perCard', cardRecords);
  figures.logBlocks = blocks.length;
  figures.logBlocksMs = await addInOne(alt, 'blocks', blocks);
  alt.close();
  await deleteDatabase('kubecards-bench-layouts-alt');
  return figures;
}
