import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, getSetting, type KubecardsDb, logEventOf, openDb, type ScheduleRecord, setSetting } from '../../../lib/db';
import { syncOnce } from '../../../lib/db/syncOnce';
import { memoryStateOf, type Rating } from '../../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { replayLog } from '../../../lib/sync';
import { memoryRemote } from './memoryRemote';
import { twoDevices } from './twoDevices';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
const ids = ['a', 'b', 'c', 'd'];
const keys = ids.map((id) => cardKey('k8s', id));
let phone: KubecardsDb;
let laptop: KubecardsDb;

beforeEach(async () => {
  ({ phone, laptop } = await twoDevices(ids, start));
});
afterEach(() => {
  phone.close();
  laptop.close();
});

const answer = async (db: KubecardsDb, key: string, rating: Rating, at: number, retention = 0.9) => {
  const row = (await db.schedule.get(key)) as ScheduleRecord;
  const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: retention });
  await answerCard(db, scheduler, { cardKey: key, shownVersion: row.version, rating, now: at, durationMs: 1_000, day: '2026-06-10' });
};

/** Each device's log as the set every device must hold, and its schedules. */
const logOf = async (db: KubecardsDb) => (await db.reviewLog.toArray()).map((row) => row.gid).sort();
const schedulesOf = async (db: KubecardsDb) =>
  Object.fromEntries((await db.schedule.bulkGet(keys)).map((row) => [row?.key, memoryStateOf(row as ScheduleRecord)]));

async function expectConverged() {
  expect(await logOf(phone)).toEqual(await logOf(laptop));
  expect(await schedulesOf(phone)).toEqual(await schedulesOf(laptop));
  // ... and equal to a fresh replay of the merged log.
  const known = (await getSetting(phone, 'schedulerParams')) ?? {};
  const { cards } = replayLog((await phone.reviewLog.toArray()).map(logEventOf), (id) => createScheduler(known[id]));
  for (const key of keys) expect((await schedulesOf(phone))[key]).toEqual(cards.get(key)?.memory ?? (await schedulesOf(phone))[key]);
}

describe('two devices through one server', () => {
  it('answer offline (some the same cards), change a setting, then converge: no answer lost or doubled', async () => {
    const remote = memoryRemote();
    await answer(phone, keys[0] as string, 3, start);
    await answer(phone, keys[1] as string, 1, start + HOUR);
    await answer(laptop, keys[0] as string, 1, start + 2 * HOUR, 0.95);
    await answer(laptop, keys[2] as string, 4, start + 3 * HOUR);
    await answer(phone, keys[0] as string, 3, start + 4 * HOUR);
    await setSetting(phone, 'study', { newPerDay: 5 }, start + 5 * HOUR);
    await setSetting(laptop, 'study', { newPerDay: 30 }, start + 6 * HOUR);

    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    expect(await phone.reviewLog.count()).toBe(5);
    expect(await laptop.reviewLog.count()).toBe(5);
    await expectConverged();
    expect(await getSetting(phone, 'study')).toEqual({ newPerDay: 30 });
    expect(await getSetting(laptop, 'study')).toEqual({ newPerDay: 30 });

    // Syncing again changes nothing and doubles nothing.
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    expect(await phone.reviewLog.count()).toBe(5);
    await expectConverged();
  });

  it('a push cut off by the server going away loses nothing, and the next sync finishes it', async () => {
    const remote = memoryRemote();
    await answer(phone, keys[0] as string, 3, start);
    await answer(phone, keys[1] as string, 3, start + 25 * HOUR);
    await setSetting(phone, 'study', { newPerDay: 7 }, start);
    remote.failAfter(1);
    await expect(syncOnce(phone, remote)).rejects.toThrow('server gone');
    remote.failAfter(Number.POSITIVE_INFINITY);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    expect(await laptop.reviewLog.count()).toBe(2);
    await expectConverged();
    expect(await getSetting(laptop, 'study')).toEqual({ newPerDay: 7 });
  });

  it('a pull cut off half-way keeps the batches it applied, and the next sync takes up from there', async () => {
    const remote = memoryRemote();
    // More documents than one pull batch (100): one answer a day for 150 days is 150 log documents.
    for (let day = 0; day < 150; day++) await answer(phone, keys[day % 4] as string, 3, start + day * 24 * HOUR);
    await syncOnce(phone, remote);
    remote.failChangesAfter(1);
    await expect(syncOnce(laptop, remote)).rejects.toThrow('server gone');
    expect(await laptop.reviewLog.count()).toBe(100);
    remote.failChangesAfter(Number.POSITIVE_INFINITY);
    await syncOnce(laptop, remote);
    expect(await laptop.reviewLog.count()).toBe(150);
    await expectConverged();
  }, 60_000);

  it('two tabs of one device syncing at once add each entry once', async () => {
    const remote = memoryRemote();
    await answer(phone, keys[0] as string, 3, start);
    await answer(phone, keys[1] as string, 1, start + HOUR);
    await syncOnce(phone, remote);
    const otherTab = openDb(laptop.name);
    await answer(laptop, keys[0] as string, 4, start + 2 * HOUR);
    await Promise.all([syncOnce(laptop, remote), syncOnce(otherTab, remote)]);
    otherTab.close();
    expect(await laptop.reviewLog.count()).toBe(3);
    await syncOnce(phone, remote);
    await expectConverged();
  });
});
