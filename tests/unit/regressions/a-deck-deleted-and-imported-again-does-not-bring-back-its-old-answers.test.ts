import { afterEach, beforeEach, expect, it } from 'vitest';
import { cardKey, deleteDeck, importDeckId, type KubecardsDb, openDb, renameDeck, type ScheduleRecord, writeImport } from '../../../lib/db';
import { applyBulkAction } from '../../../lib/db/bulkActions';
import { syncOnce } from '../../../lib/db/syncOnce';
import type { ParsedDeck } from '../../../lib/import';
import { CardState } from '../../../lib/model';
import { answerGood, basicNotesDeck, freshName } from '../db/helpers';
import { memoryRemote } from '../db/memoryRemote';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
const deckId = importDeckId('Mine');
const [a, b] = ['a', 'b'].map((guid) => cardKey('import', `${guid}#card`)) as [string, string];
const deck = () => basicNotesDeck(['a', 'b']);

let phone: KubecardsDb;
let laptop: KubecardsDb;
/** Synced once at the start, then away until the end: it never sees the deletion, only the deck made again. */
let tablet: KubecardsDb;
let fresh: KubecardsDb;
beforeEach(() => {
  [phone, laptop, tablet, fresh] = [openDb(freshName()), openDb(freshName()), openDb(freshName()), openDb(freshName())];
});
afterEach(() => {
  for (const db of [phone, laptop, tablet, fresh]) db.close();
});

const answer = (db: KubecardsDb, key: string, at: number) => answerGood(db, key, at);
const answeredCards = async (db: KubecardsDb) => (await db.reviewLog.toArray()).map((row) => row.cardKey).sort();
const reviewsOn = async (db: KubecardsDb) => (await db.dailyStats.toArray()).reduce((sum, day) => sum + day.reviews, 0);
const stateOf = async (db: KubecardsDb, key: string) => ((await db.schedule.get(key)) as ScheduleRecord).state;

// Issue 14: a deck tombstone removes the deck and its answers everywhere; imported again (same deck id), the deck doc
// is live with a later stamp, and a fresh device pulling the whole server log got the old answers back (their log
// documents stay on the server; only decks deleted *now* dropped their entries).
it('a deck deleted and imported again: its answers from before the deletion stay gone on every device, a fresh one too', async () => {
  const remote = memoryRemote();
  await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
  await answer(phone, a, start + HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await syncOnce(tablet, remote);
  expect(await answeredCards(tablet)).toEqual([a]);

  await deleteDeck(laptop, deckId, start + 2 * HOUR);
  await syncOnce(laptop, remote);
  await syncOnce(phone, remote);
  expect(await phone.decks.get(deckId)).toBeUndefined();
  await writeImport(phone, deck(), { now: start + 3 * HOUR, fileName: 'mine.csv' });
  await answer(phone, b, start + 4 * HOUR);
  await syncOnce(phone, remote);
  for (const db of [laptop, tablet, fresh]) await syncOnce(db, remote);

  for (const db of [phone, laptop, tablet, fresh]) {
    expect(await answeredCards(db)).toEqual([b]);
    expect(await reviewsOn(db)).toBe(1);
    expect(await stateOf(db, a)).toBe(CardState.New);
    expect(await stateOf(db, b)).not.toBe(CardState.New);
  }
});

it('a note deleted and imported again (the same note id): its answers from before stay gone on a fresh device', async () => {
  const remote = memoryRemote();
  await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
  await answer(phone, a, start + HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);

  await applyBulkAction(laptop, [a], { type: 'deleteNotes' }, start + 2 * HOUR);
  await syncOnce(laptop, remote);
  await syncOnce(phone, remote);
  expect(await phone.cards.get(a)).toBeUndefined();
  // Note ids are the notes' own (an Anki guid, a CSV row's): the same file imported again makes the same note.
  await writeImport(phone, deck(), { now: start + 3 * HOUR, fileName: 'mine.csv' });
  await answer(phone, a, start + 4 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await syncOnce(fresh, remote);

  for (const db of [phone, laptop, fresh]) {
    expect((await db.reviewLog.toArray()).map((row) => [row.cardKey, row.review])).toEqual([[a, start + 4 * HOUR]]);
    expect(await reviewsOn(db)).toBe(1);
    expect(((await db.schedule.get(a)) as ScheduleRecord).reps).toBe(1);
  }
});

it('a fresh device pulling the old answers in earlier batches than the deck made again still leaves them out', async () => {
  const remote = memoryRemote();
  const DAY = 24 * HOUR;
  await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
  // Another deck, answered too: its rows stay in the log after those of the deleted deck (the last log id holds).
  const other = { ...deck(), name: 'Other', notes: [{ ...deck().notes[0], guid: 'x' }] } as ParsedDeck;
  await writeImport(phone, other, { now: start, fileName: 'other.csv' });
  const x = cardKey('import', 'x#card');
  // One log document per day: more than a pull batch (100 documents) of them come before the deck's.
  for (let day = 0; day < 120; day++) {
    await answer(phone, a, start + day * DAY);
    await answer(phone, x, start + day * DAY + 1);
    await syncOnce(phone, remote);
  }
  const deleted = start + 120 * DAY;
  await deleteDeck(phone, deckId, deleted);
  await writeImport(phone, deck(), { now: deleted + HOUR, fileName: 'mine.csv' });
  await answer(phone, b, deleted + 2 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(fresh, remote);

  for (const db of [phone, fresh]) {
    expect((await answeredCards(db)).filter((key) => key !== x)).toEqual([b]);
    expect(await reviewsOn(db)).toBe(121);
    expect(((await db.schedule.get(a)) as ScheduleRecord).reps).toBe(0);
    expect(((await db.schedule.get(b)) as ScheduleRecord).reps).toBe(1);
  }
});

it('a device that changed the deck meanwhile, its change winning, drops the answers from before the deletion too', async () => {
  const remote = memoryRemote();
  await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
  await answer(phone, a, start + HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await syncOnce(tablet, remote);
  await deleteDeck(laptop, deckId, start + 2 * HOUR);
  await syncOnce(laptop, remote);
  await syncOnce(phone, remote);
  await writeImport(phone, deck(), { now: start + 3 * HOUR, fileName: 'mine.csv' });
  await answer(phone, b, start + 4 * HOUR);
  await syncOnce(phone, remote);
  // Offline all along, the tablet renamed the deck and tagged a note: its later changes win, and it never pulls them.
  await renameDeck(tablet, deckId, 'Mine, renamed', start + 5 * HOUR);
  await applyBulkAction(tablet, [a], { type: 'addTag', tag: 'later' }, start + 5 * HOUR);
  await syncOnce(tablet, remote);
  for (const db of [phone, laptop, fresh]) await syncOnce(db, remote);

  for (const db of [phone, laptop, tablet, fresh]) {
    expect(await answeredCards(db)).toEqual([b]);
    expect(await reviewsOn(db)).toBe(1);
    expect(await stateOf(db, a)).toBe(CardState.New);
    expect((await db.decks.get(deckId))?.name.en).toBe('Mine, renamed');
  }
});

it('a deck changed on one device while deleted on another, the change later: no device keeps the answers from before', async () => {
  const remote = memoryRemote();
  await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
  await answer(phone, a, start + HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await deleteDeck(laptop, deckId, start + 2 * HOUR);
  await syncOnce(laptop, remote);
  // The phone has not pulled the deletion: its later rename and tag bring the deck and that note back.
  await renameDeck(phone, deckId, 'Mine, renamed', start + 3 * HOUR);
  await applyBulkAction(phone, [a], { type: 'addTag', tag: 'later' }, start + 3 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await syncOnce(fresh, remote);

  for (const db of [phone, laptop, fresh]) {
    expect((await db.decks.get(deckId))?.name.en).toBe('Mine, renamed');
    expect((await db.cards.toArray()).map((card) => card.key)).toEqual([a]);
    expect(await answeredCards(db)).toEqual([]);
    expect(await reviewsOn(db)).toBe(0);
    expect(await stateOf(db, a)).toBe(CardState.New);
  }
});
