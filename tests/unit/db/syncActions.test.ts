import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answerCard,
  applyCardAction,
  type CardAction,
  cardKey,
  getSetting,
  type KubecardsDb,
  logEventOf,
  type ScheduleRecord,
  undoAnswer,
  undoCardAction,
} from '../../../lib/db';
import { applyBulkAction, undoBulkAction } from '../../../lib/db/bulkActions';
import { syncOnce } from '../../../lib/db/syncOnce';
import { CardState } from '../../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { replayLog } from '../../../lib/sync';
import { memoryRemote } from './memoryRemote';
import { twoDevices } from './twoDevices';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
const ids = ['a', 'b', 'c', 'd', 'e'];
const keys = ids.map((id) => cardKey('k8s', id));
const [a, b, c, d, e] = keys as [string, string, string, string, string];
let phone: KubecardsDb;
let laptop: KubecardsDb;

beforeEach(async () => {
  ({ phone, laptop } = await twoDevices(ids, start));
});
afterEach(() => {
  phone.close();
  laptop.close();
});

const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const versionOf = async (db: KubecardsDb, key: string) => ((await db.schedule.get(key)) as ScheduleRecord).version;
const answer = async (db: KubecardsDb, key: string, at: number) =>
  answerCard(db, scheduler, {
    cardKey: key,
    shownVersion: await versionOf(db, key),
    rating: 3,
    now: at,
    durationMs: 1_000,
    day: '2026-06-10',
  });
const act = async (db: KubecardsDb, key: string, action: CardAction, at: number) =>
  applyCardAction(db, key, await versionOf(db, key), action, at);

/**
 * A card's schedule as the learner sees it: memory state and marks, a mark never set being 0; not the local version,
 * nor a new card's due (when it was added on that device: each device has its own).
 */
const scheduleOf = async (db: KubecardsDb, key: string) => {
  const { version: _v, due, ...rest } = (await db.schedule.get(key)) as ScheduleRecord;
  return { suspended: 0, leech: 0, flag: 0, buriedUntil: 0, ...rest, ...(rest.state === CardState.New ? {} : { due }) };
};
const schedulesOf = (db: KubecardsDb) => Promise.all(keys.map((key) => scheduleOf(db, key)));
const gidsOf = async (db: KubecardsDb) => (await db.reviewLog.toArray()).map((row) => row.gid).sort();
const reviewsOn = async (db: KubecardsDb) => (await db.dailyStats.toArray()).reduce((sum, day) => sum + day.reviews, 0);

async function expectConverged() {
  expect(await gidsOf(phone)).toEqual(await gidsOf(laptop));
  expect(await schedulesOf(phone)).toEqual(await schedulesOf(laptop));
  expect(await reviewsOn(phone)).toEqual(await reviewsOn(laptop));
  // ... and what a fresh replay of the merged log gives.
  const known = (await getSetting(phone, 'schedulerParams')) ?? {};
  const { cards } = replayLog((await phone.reviewLog.toArray()).map(logEventOf), (id) => createScheduler(known[id]));
  for (const key of keys) {
    const replayed = cards.get(key);
    const { due: _due, ...memory } = replayed?.memory ?? { due: 0 };
    if (replayed) expect(await scheduleOf(phone, key)).toMatchObject({ ...memory, ...replayed.marks });
  }
}

describe('card actions through one server', () => {
  it('a card suspended, flagged, buried or suspended in bulk on the laptop is so on the phone after sync', async () => {
    const remote = memoryRemote();
    await answer(phone, a, start);
    await act(laptop, a, { type: 'suspend' }, start + HOUR);
    await act(laptop, b, { type: 'flag', flag: 3 }, start + HOUR);
    await act(laptop, c, { type: 'bury', until: start + 16 * HOUR }, start + HOUR);
    await applyBulkAction(laptop, [d, e], { type: 'suspend' }, start + 2 * HOUR);
    await act(phone, d, { type: 'flag', flag: 1 }, start + 3 * HOUR);

    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);

    expect(await scheduleOf(phone, a)).toMatchObject({ suspended: 1, reps: 1 });
    expect(await scheduleOf(phone, b)).toMatchObject({ flag: 3 });
    expect(await scheduleOf(phone, c)).toMatchObject({ buriedUntil: start + 16 * HOUR });
    expect(await scheduleOf(phone, d)).toMatchObject({ suspended: 1, flag: 1 });
    expect(await scheduleOf(laptop, e)).toMatchObject({ suspended: 1 });
    // The marks live in the queue index too: a suspended card is out of the phone's queues.
    expect(((await phone.schedule.get(a)) as ScheduleRecord & { queue: number }).queue).toBe(-1);
    await expectConverged();
  });

  it('an answer undone after it was pushed becomes an undo entry, and the other device replays the answer away', async () => {
    const remote = memoryRemote();
    const before = await scheduleOf(phone, a);
    const answered = await answer(phone, a, start);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    expect(await scheduleOf(laptop, a)).toMatchObject({ reps: 1 });
    expect(await reviewsOn(laptop)).toBe(1);

    await undoAnswer(phone, answered.id as number, 0, start + HOUR);
    const log = await phone.reviewLog.toArray();
    expect(log).toMatchObject([{ kind: 'undo', target: answered.gid }]);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);

    expect(await scheduleOf(laptop, a)).toEqual(before);
    expect(await reviewsOn(laptop)).toBe(0);
    await expectConverged();
  });

  it('an answer undone before any push is deleted: nothing of it reaches the server', async () => {
    const remote = memoryRemote();
    const answered = await answer(phone, a, start);
    await undoAnswer(phone, answered.id as number, 0, start + HOUR);
    expect(await phone.reviewLog.count()).toBe(0);
    await syncOnce(phone, remote);
    expect([...remote.docs.keys()].filter((id) => id.startsWith('log:'))).toEqual([]);
  });

  it('an undo made while a push is under way is an undo entry (the answer may be on the server already)', async () => {
    const remote = memoryRemote();
    const answered = await answer(phone, a, start);
    await answer(phone, b, start + 25 * HOUR);
    // The server stores the push, then goes away before it answers: the push is not recorded as done.
    const cut = {
      ...remote,
      bulkDocs: async (docs: Parameters<typeof remote.bulkDocs>[0]) => {
        await remote.bulkDocs(docs);
        throw Object.assign(new Error('server gone'), { status: 0 });
      },
    };
    await expect(syncOnce(phone, cut)).rejects.toThrow('server gone');
    await undoAnswer(phone, answered.id as number, 0, start + 26 * HOUR);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    expect(await scheduleOf(laptop, a)).toEqual(await scheduleOf(phone, a));
    expect(await scheduleOf(laptop, a)).toMatchObject({ reps: 0 });
    await expectConverged();
  });

  it('a suspend and a bulk suspend undone after the push leave the card unsuspended on the other device', async () => {
    const remote = memoryRemote();
    const single = await act(laptop, a, { type: 'suspend' }, start);
    const bulk = await applyBulkAction(laptop, [b, c], { type: 'suspend' }, start);
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    expect(await scheduleOf(phone, b)).toMatchObject({ suspended: 1 });

    await undoCardAction(laptop, single, 0, start + HOUR);
    await undoBulkAction(laptop, bulk.undo, start + HOUR);
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    for (const key of [a, b, c]) expect(await scheduleOf(phone, key)).toMatchObject({ suspended: 0 });
    await expectConverged();
  });

  it('a fresh device pulling an answer and its undo together never counts the answer', async () => {
    const remote = memoryRemote();
    const answered = await answer(phone, a, start);
    await answer(phone, b, start + HOUR);
    await syncOnce(phone, remote);
    await undoAnswer(phone, answered.id as number, 0, start + 2 * HOUR);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    expect(await reviewsOn(laptop)).toBe(1);
    expect(await scheduleOf(laptop, a)).toMatchObject({ reps: 0 });
    await expectConverged();
  });
});
