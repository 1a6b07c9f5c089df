import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, type ScheduleRecord } from '../../../lib/db';
import { applyPulled } from '../../../lib/db/syncApply';
import type { SyncDoc } from '../../../lib/db/syncDocs';
import { syncOnce } from '../../../lib/db/syncOnce';
import { memoryStateOf } from '../../../lib/model';
import { createScheduler } from '../../../lib/srs';
import { memoryRemote } from './memoryRemote';
import { twoDevices } from './twoDevices';

// How sync moves many documents: pushed in bulk, pulled a batch per transaction with the cards rebuilt once at the end,
// from marks that survive the tab being killed in between.

const DAY = 86_400_000;
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

/** One answer a day for `days` days from day `first`: as many log documents. */
async function answerDaily(db: KubecardsDb, days: number, first = 0) {
  const scheduler = createScheduler();
  for (let day = first; day < first + days; day++) {
    const key = keys[day % keys.length] as string;
    const row = (await db.schedule.get(key)) as ScheduleRecord;
    await answerCard(db, scheduler, {
      cardKey: key,
      shownVersion: row.version,
      rating: 3,
      now: start + day * DAY,
      durationMs: 1_000,
      day: new Date(start + day * DAY).toISOString().slice(0, 10),
    });
  }
}

const schedules = async (db: KubecardsDb) => (await db.schedule.bulkGet(keys)).map((row) => memoryStateOf(row as ScheduleRecord));
/** The laptop holds the phone's log, and the same schedules, daily totals and states before each answer. */
async function expectSameAsPhone() {
  const [phoneLog, laptopLog] = [await phone.reviewLog.toArray(), await laptop.reviewLog.toArray()];
  expect(laptopLog.map((row) => row.gid).sort()).toEqual(phoneLog.map((row) => row.gid).sort());
  expect(await schedules(laptop)).toEqual(await schedules(phone));
  expect(await reviewsCounted(laptop)).toBe(await reviewsCounted(phone));
  // Each row's state before (a new card's due aside: replay makes it due when first answered).
  const byGid = new Map(phoneLog.map((row) => [row.gid, { ...row.before, due: 0 }]));
  for (const row of laptopLog) {
    expect(row.unreplayed).toBeUndefined();
    expect({ ...row.before, due: 0 }).toEqual(byGid.get(row.gid));
  }
}
const reviewsCounted = async (db: KubecardsDb) => (await db.dailyStats.toArray()).reduce((sum, row) => sum + row.reviews, 0);

describe('sync in bulk', () => {
  it('pushes 150 log documents in one request, not one request each', async () => {
    const remote = memoryRemote();
    const requests: string[] = [];
    const counted = {
      ...remote,
      bulkDocs: (docs: readonly SyncDoc[]) => {
        requests.push(`bulk ${docs.length}`);
        return remote.bulkDocs(docs);
      },
      put: (doc: SyncDoc) => {
        requests.push(`put ${doc._id}`);
        return remote.put(doc);
      },
    };
    await answerDaily(phone, 150);
    expect(await syncOnce(phone, counted)).toMatchObject({ pushed: 150 });
    expect(requests).toEqual(['bulk 150']);
  });

  it('entries pulled in the order they were made are replayed batch by batch: each row written once, counted once', async () => {
    const remote = memoryRemote();
    await answerDaily(phone, 150);
    await syncOnce(phone, remote);
    const batch = await remote.changes({ since: 0, include_docs: true, limit: 100 });
    await applyPulled(
      laptop,
      batch.results.map(({ doc }) => doc as SyncDoc),
      batch.last_seq,
      0,
    );
    expect(await reviewsCounted(laptop)).toBe(100);
    expect(await laptop.reviewLog.filter((row) => row.unreplayed === 1).count()).toBe(0);
    expect(await laptop.settings.where('key').startsWith('syncRebuild:').count()).toBe(0);
    await syncOnce(laptop, remote);
    await expectSameAsPhone();
  });

  it('a tab killed after a batch of entries older than its own: the next sync rebuilds those cards, even offline, counting each answer once', async () => {
    const remote = memoryRemote();
    await answerDaily(phone, 150);
    await syncOnce(phone, remote);
    // The laptop's own answers come after all of the phone's: pulled entries land before them, out of order.
    await answerDaily(laptop, 4, 200);
    const batch = await remote.changes({ since: 0, include_docs: true, limit: 100 });
    await applyPulled(
      laptop,
      batch.results.map(({ doc }) => doc as SyncDoc),
      batch.last_seq,
      0,
    );
    // ... and the tab died: rows in, cards marked, nothing rebuilt.
    expect(await laptop.reviewLog.count()).toBe(104);
    expect(await reviewsCounted(laptop)).toBe(4);

    remote.failChangesAfter(0);
    await expect(syncOnce(laptop, remote)).rejects.toThrow('server gone');
    expect(await reviewsCounted(laptop)).toBe(104);
    expect(await laptop.settings.where('key').startsWith('syncRebuild:').count()).toBe(0);

    remote.failChangesAfter(Number.POSITIVE_INFINITY);
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    expect(await laptop.reviewLog.count()).toBe(154);
    expect(await reviewsCounted(laptop)).toBe(154);
    await expectSameAsPhone();
  });
});
