import { afterEach, beforeEach, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, type ScheduleRecord, setSetting, syncDeck } from '../../../lib/db';
import { syncOnce } from '../../../lib/db/syncOnce';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';
import { memoryRemote } from '../db/memoryRemote';

// A push cut after the server stored the day's log document (its answer lost on the way back), then more answers the
// same day: the next push named the day's document as before, found it "already there", and recorded every answer as
// sent. The new answers never reached the server. A document's id now says which rows it holds.

const start = Date.UTC(2026, 5, 10, 12);
const keys = ['a', 'b'].map((id) => cardKey('k8s', id));
let phone: KubecardsDb;
let laptop: KubecardsDb;
beforeEach(async () => {
  [phone, laptop] = [openDb(freshName()), openDb(freshName())];
  for (const db of [phone, laptop]) await syncDeck(db, artifact(['a', 'b'].map((id, i) => basicCard(id, i))), start);
});
afterEach(() => {
  phone.close();
  laptop.close();
});

const answer = async (db: KubecardsDb, key: string, at: number) => {
  const row = (await db.schedule.get(key)) as ScheduleRecord;
  await answerCard(db, createScheduler(), { cardKey: key, shownVersion: row.version, rating: 3, now: at, durationMs: 1_000 });
};

it('answers made after a push was cut reach the server with the next push', async () => {
  const remote = memoryRemote();
  await answer(phone, keys[0] as string, start);
  await setSetting(phone, 'study', { newPerDay: 7 }, start);
  // The log goes up, then the server is gone before the setting (and before the push is recorded).
  remote.failAfter(1);
  await expect(syncOnce(phone, remote)).rejects.toThrow('server gone');
  remote.failAfter(Number.POSITIVE_INFINITY);
  await answer(phone, keys[1] as string, start + 60_000);
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
  expect((await laptop.reviewLog.toArray()).map((row) => row.cardKey).sort()).toEqual(keys);
});
