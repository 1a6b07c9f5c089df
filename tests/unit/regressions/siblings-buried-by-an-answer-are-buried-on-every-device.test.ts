import { afterEach, beforeEach, expect, it } from 'vitest';
import { cardKey, type KubecardsDb, type ScheduleRecord, undoAnswer } from '../../../lib/db';
import { syncOnce } from '../../../lib/db/syncOnce';
import { answerGood } from '../db/helpers';
import { memoryRemote } from '../db/memoryRemote';
import { twoDevices } from '../db/twoDevices';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
/** The end of the phone's study day: when the siblings come back, on every device. */
const until = Date.UTC(2026, 5, 11, 4);
// One note with three cards (a note's cards are `<note>#<facet>`), and a card of another note.
const ids = ['n#1', 'n#2', 'n#3', 'other'];
const [first, second, third, other] = ids.map((id) => cardKey('k8s', id)) as [string, string, string, string];
let phone: KubecardsDb;
let laptop: KubecardsDb;
beforeEach(async () => {
  ({ phone, laptop } = await twoDevices(ids, start));
});
afterEach(() => {
  phone.close();
  laptop.close();
});

const buriedUntil = async (db: KubecardsDb, key: string) => ((await db.schedule.get(key)) as ScheduleRecord).buriedUntil ?? 0;
const answerBurying = (db: KubecardsDb, key: string, at: number) => answerGood(db, key, at, { burySiblingsUntil: until });

// Issue 14: an answer buried its siblings on the answering device only (its `buried` list was a local side effect
// that replay ignored): on the laptop the siblings stayed studiable the same day.
it('siblings an answer buried are buried until the same moment on the other device, and its undo unburies them there', async () => {
  const remote = memoryRemote();
  const answered = await answerBurying(phone, first, start);
  expect(answered.buried).toEqual([second, third]);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);

  for (const db of [phone, laptop]) {
    expect(await buriedUntil(db, second)).toBe(until);
    expect(await buriedUntil(db, third)).toBe(until);
    expect(await buriedUntil(db, other)).toBe(0);
    expect(await buriedUntil(db, first)).toBe(0);
  }

  // Taken back after it was pushed: the answer and the siblings' burial are replayed away on the laptop.
  await undoAnswer(phone, answered.id as number, 0, start + HOUR);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  for (const db of [phone, laptop]) {
    expect(await buriedUntil(db, second)).toBe(0);
    expect(await buriedUntil(db, third)).toBe(0);
    expect(((await db.schedule.get(first)) as ScheduleRecord).reps).toBe(0);
  }
});

it('an answer undone before any push takes its siblings burial with it: nothing of it reaches the server', async () => {
  const remote = memoryRemote();
  const answered = await answerBurying(phone, first, start);
  await undoAnswer(phone, answered.id as number, 0, start + HOUR);
  expect(await phone.reviewLog.count()).toBe(0);
  expect(await buriedUntil(phone, second)).toBe(0);
  await syncOnce(phone, remote);
  expect([...remote.docs.keys()].filter((id) => id.startsWith('log:'))).toEqual([]);
});
