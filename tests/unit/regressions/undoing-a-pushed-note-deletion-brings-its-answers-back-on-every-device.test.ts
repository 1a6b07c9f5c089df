import { afterEach, beforeEach, expect, it } from 'vitest';
import { cardKey, getSetting, type KubecardsDb, logEventOf, openDb, type ScheduleRecord, writeImport } from '../../../lib/db';
import { applyBulkAction, undoBulkAction } from '../../../lib/db/bulkActions';
import { syncOnce } from '../../../lib/db/syncOnce';
import { memoryStateOf } from '../../../lib/model';
import { createScheduler } from '../../../lib/srs';
import { replayLog } from '../../../lib/sync';
import { answerGood, basicNotesDeck, freshName } from '../db/helpers';
import { memoryRemote } from '../db/memoryRemote';

// Issue 14 ("an undo is a new event, never a deletion once synced"): the browser's "Delete notes" pushed as tombstones,
// then undone, put the notes and their answers back on the undoing device only. The others had dropped those answers
// with the tombstones, and the note's `cleared` (the moment of the deletion) made them, and any fresh device, drop
// them again: the schedules diverged.

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
const [a, b, c] = ['a', 'b', 'c'].map((guid) => cardKey('import', `${guid}#card`)) as [string, string, string];
const deck = () => basicNotesDeck(['a', 'b', 'c']);

let phone: KubecardsDb;
let laptop: KubecardsDb;
let fresh: KubecardsDb;
beforeEach(() => {
  [phone, laptop, fresh] = [openDb(freshName()), openDb(freshName()), openDb(freshName())];
});
afterEach(() => {
  for (const db of [phone, laptop, fresh]) db.close();
});

const gidsOf = async (db: KubecardsDb) => (await db.reviewLog.toArray()).map((row) => row.gid).sort();
const reviewsOn = async (db: KubecardsDb) => (await db.dailyStats.toArray()).reduce((sum, day) => sum + day.reviews, 0);
const schedulesOf = async (db: KubecardsDb) =>
  Object.fromEntries(
    await Promise.all([a, b, c].map(async (key) => [key, memoryStateOf((await db.schedule.get(key)) as ScheduleRecord)] as const)),
  );
const replayedOf = async (db: KubecardsDb) => {
  const known = (await getSetting(db, 'schedulerParams')) ?? {};
  const { cards } = replayLog((await db.reviewLog.toArray()).map(logEventOf), (id) => createScheduler(known[id]));
  return cards;
};
const logDocs = (remote: ReturnType<typeof memoryRemote>) => [...remote.docs.values()].filter((doc) => doc.type === 'log').length;

/** Every device holds the phone's answers (same gids, each once), its daily totals and its schedules: a replay's. */
async function expectSameAsPhone(devices: readonly KubecardsDb[]) {
  const replayed = await replayedOf(phone);
  for (const key of [a, b]) expect((await schedulesOf(phone))[key]).toEqual(replayed.get(key)?.memory);
  for (const db of devices) {
    expect((await db.cards.bulkGet([a, b, c])).map((card) => card?.key)).toEqual([a, b, c]);
    expect(await gidsOf(db)).toEqual(await gidsOf(phone));
    expect(await reviewsOn(db)).toBe(await reviewsOn(phone));
    expect(await schedulesOf(db)).toEqual(await schedulesOf(phone));
  }
}

/** The phone imports the deck and answers a twice and b once; both devices sync. */
async function answeredOnBoth(remote: ReturnType<typeof memoryRemote>) {
  await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
  await answerGood(phone, a, start + HOUR);
  await answerGood(phone, b, start + HOUR + 1);
  await answerGood(phone, a, start + 2 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  expect(await gidsOf(laptop)).toHaveLength(3);
}

it('undoing a deletion of notes after it was pushed brings the notes and every answer back on every device, a fresh one too', async () => {
  const remote = memoryRemote();
  await answeredOnBoth(remote);
  const deleted = await applyBulkAction(phone, [a, b], { type: 'deleteNotes' }, start + 3 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  expect(await laptop.cards.bulkGet([a, b])).toEqual([undefined, undefined]);
  expect(await gidsOf(laptop)).toEqual([]);

  await undoBulkAction(phone, deleted.undo, start + 4 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await syncOnce(fresh, remote);
  // Pulled back by the phone, nothing changes there.
  await syncOnce(phone, remote);

  expect(await gidsOf(phone)).toHaveLength(3);
  await expectSameAsPhone([laptop, fresh]);
});

it('an undo before the deletion was pushed sends nothing again: the tombstone never left', async () => {
  const remote = memoryRemote();
  await answeredOnBoth(remote);
  const documents = logDocs(remote);
  const deleted = await applyBulkAction(phone, [a, b], { type: 'deleteNotes' }, start + 3 * HOUR);
  await undoBulkAction(phone, deleted.undo, start + 4 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await syncOnce(fresh, remote);

  expect(logDocs(remote)).toBe(documents);
  await expectSameAsPhone([laptop, fresh]);
});

it('an answer made offline on another device while the deletion was made and undone is kept everywhere', async () => {
  const remote = memoryRemote();
  await answeredOnBoth(remote);
  await answerGood(laptop, b, start + 3 * HOUR);
  const deleted = await applyBulkAction(phone, [a, b], { type: 'deleteNotes' }, start + 3 * HOUR + 1);
  await syncOnce(phone, remote);
  await undoBulkAction(phone, deleted.undo, start + 4 * HOUR);
  await syncOnce(phone, remote);
  // Back online: its answer goes up, then it pulls the notes as they are now.
  await syncOnce(laptop, remote);
  await syncOnce(phone, remote);
  await syncOnce(fresh, remote);

  expect(await gidsOf(phone)).toHaveLength(4);
  await expectSameAsPhone([laptop, fresh]);
});

it('an answer made offline on another device, pushed before it pulled the deletion, comes back with the undo everywhere', async () => {
  const remote = memoryRemote();
  await answeredOnBoth(remote);
  await answerGood(laptop, b, start + 3 * HOUR - 1);
  const deleted = await applyBulkAction(phone, [a, b], { type: 'deleteNotes' }, start + 3 * HOUR);
  await syncOnce(phone, remote);
  // Its answer goes up, then the deletion removes it there; the phone pulls it while the notes are deleted.
  await syncOnce(laptop, remote);
  await syncOnce(phone, remote);
  expect(await gidsOf(laptop)).toEqual([]);
  await undoBulkAction(phone, deleted.undo, start + 4 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await syncOnce(fresh, remote);

  expect(await gidsOf(phone)).toHaveLength(4);
  await expectSameAsPhone([laptop, fresh]);
});

it('a device that pulled the deletion, then slept through its undo and a later edit, gets every answer back', async () => {
  const remote = memoryRemote();
  const DAY = 24 * HOUR;
  const tablet = openDb(freshName());
  await answeredOnBoth(remote);
  await syncOnce(tablet, remote);
  // Offline, the tablet answers b just before the deletion; it never pulls the deletion.
  await answerGood(tablet, b, start + 3 * HOUR - 1);
  const deleted = await applyBulkAction(phone, [a, b], { type: 'deleteNotes' }, start + 3 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await undoBulkAction(phone, deleted.undo, start + 4 * HOUR);
  await syncOnce(phone, remote);
  // More log documents than a pull batch (100) come between the answers sent again and the notes' last version:
  // the laptop pulls those answers while the notes are still deleted there.
  for (let day = 1; day <= 110; day++) {
    await answerGood(phone, c, start + day * DAY);
    await syncOnce(phone, remote);
  }
  // An edit after the undo: the laptop never pulls the version that took the deletion back, only this one.
  await applyBulkAction(phone, [a, b], { type: 'addTag', tag: 'later' }, start + 111 * DAY);
  await syncOnce(phone, remote);
  // The tablet's answer goes up after it: the laptop pulls it after the notes' last version.
  await syncOnce(tablet, remote);
  await syncOnce(laptop, remote);
  await syncOnce(phone, remote);
  await syncOnce(fresh, remote);
  await syncOnce(tablet, remote);

  expect(await gidsOf(phone)).toHaveLength(114);
  await expectSameAsPhone([laptop, fresh, tablet]);
  tablet.close();
});

it('notes deleted again after the undo: the answers sent again leave every device with them, a fresh one too', async () => {
  const remote = memoryRemote();
  const DAY = 24 * HOUR;
  await answeredOnBoth(remote);
  const deleted = await applyBulkAction(phone, [a, b], { type: 'deleteNotes' }, start + 3 * HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await undoBulkAction(phone, deleted.undo, start + 4 * HOUR);
  await syncOnce(phone, remote);
  // The answers sent again come a pull batch before the notes' tombstone: kept there until it arrives.
  for (let day = 1; day <= 110; day++) {
    await answerGood(phone, c, start + day * DAY);
    await syncOnce(phone, remote);
  }
  await applyBulkAction(phone, [a, b], { type: 'deleteNotes' }, start + 111 * DAY);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  await syncOnce(fresh, remote);

  for (const db of [phone, laptop, fresh]) {
    expect((await db.reviewLog.toArray()).filter((row) => row.cardKey !== c)).toEqual([]);
    expect(await reviewsOn(db)).toBe(110);
  }
});
