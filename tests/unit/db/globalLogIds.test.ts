import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answerCard,
  applyCardAction,
  cardKey,
  getSetting,
  type KubecardsDb,
  logEventOf,
  openDb,
  type ScheduleRecord,
  syncDeck,
} from '../../../lib/db';
import { memoryStateOf, type Rating } from '../../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { replayLog } from '../../../lib/sync';
import { artifact, basicCard, freshName } from './helpers';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
const usual = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const stricter = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: 0.97, relearningSteps: ['1h'] });
const keys = ['a', 'b', 'c'].map((id) => cardKey('k8s', id));
let name: string;
let db: KubecardsDb;

beforeEach(async () => {
  name = freshName();
  db = openDb(name);
  await syncDeck(db, artifact(['a', 'b', 'c'].map((id, i) => basicCard(id, i))), start);
});
afterEach(() => db.close());

const answer = async (on: KubecardsDb, key: string, rating: Rating, at: number, scheduler = usual) => {
  const row = (await on.schedule.get(key)) as ScheduleRecord;
  return answerCard(
    on,
    scheduler,
    { cardKey: key, shownVersion: row.version, rating, now: at, durationMs: 1_000 },
    { threshold: 1, action: 'suspend' },
  );
};

describe('every new log row is replayable on any device (schema 4)', () => {
  it('carries a global id of this device and the settings it was graded with; the log replays to every schedule', async () => {
    await answer(db, keys[0] as string, 3, start);
    await answer(db, keys[0] as string, 3, start + 24 * HOUR, stricter);
    await answer(db, keys[0] as string, 1, start + 10 * 24 * HOUR, stricter);
    await answer(db, keys[1] as string, 1, start);
    await answer(db, keys[1] as string, 3, start + HOUR);
    await answer(db, keys[1] as string, 1, start + 5 * 24 * HOUR);
    const b = (await db.schedule.get(keys[1] as string)) as ScheduleRecord;
    await applyCardAction(db, keys[1] as string, b.version, { type: 'reschedule', days: 4 }, start + 6 * 24 * HOUR);
    await answer(db, keys[2] as string, 4, start);
    const c = (await db.schedule.get(keys[2] as string)) as ScheduleRecord;
    await applyCardAction(db, keys[2] as string, c.version, { type: 'forget' }, start + 2 * HOUR);

    const log = await db.reviewLog.toArray();
    const device = await getSetting(db, 'deviceId');
    expect(log.map((row) => row.gid)).toEqual(log.map((row) => `${device}:${row.review}:${row.id}`));
    const known = (await getSetting(db, 'schedulerParams')) ?? {};
    expect(Object.keys(known)).toHaveLength(2);
    const { cards } = replayLog(log.map(logEventOf), (id) => createScheduler(known[id]));
    for (const key of keys) {
      const stored = (await db.schedule.get(key)) as ScheduleRecord;
      expect(cards.get(key)?.memory, key).toEqual(memoryStateOf(stored));
    }
    // a's lapse reached the threshold of 1: the replay knows it became a leech.
    expect(cards.get(keys[0] as string)?.marks).toEqual({ leech: 1, suspended: 1 });
  });

  it('two tabs answering at the same moment make different global ids', async () => {
    const other = openDb(name);
    await Promise.all([answer(db, keys[0] as string, 3, start), answer(other, keys[1] as string, 3, start)]);
    const gids = (await db.reviewLog.toArray()).map((row) => row.gid);
    expect(new Set(gids).size).toBe(2);
    other.close();
  });
});
