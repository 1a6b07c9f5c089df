import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answerCard,
  applyCardAction,
  cardKey,
  dailyStatsOf,
  findClockJump,
  type KubecardsDb,
  openDb,
  rescheduleClockJump,
  syncDeck,
} from '../../../lib/db';
import { createScheduler, studyDay } from '../../../lib/srs';
import { clockJumpOf } from '../../../lib/srs/clockJump';
import { artifact, basicCard, freshName } from '../db/helpers';

const DAY = 86_400_000;
const realNow = Date.UTC(2026, 5, 10, 12);
const jumped = realNow + 400 * DAY;
const dayOf = (at: number) => studyDay(at, 'UTC', 4).key;

let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1), basicCard('c', 2)]), realNow - DAY);
  const scheduler = createScheduler();
  const answer = (id: string, now: number, rating: 1 | 3 = 3) =>
    answerCard(db, scheduler, { cardKey: cardKey('k8s', id), shownVersion: 0, rating, now, durationMs: 1000, day: dayOf(now) });
  await answer('c', realNow - DAY); // before the jump: stays as it is
  await answer('a', jumped);
  await answer('b', jumped + 60_000);
  // A card action dated then too: in the log, but no answer.
  await applyCardAction(db, cardKey('k8s', 'c'), 1, { type: 'flag', flag: 1 }, jumped + 30_000);
});
afterEach(() => db.close());

describe('a device clock that jumped forward, then back', () => {
  it('is found from answers dated over a day after now', async () => {
    expect(clockJumpOf(realNow + DAY / 2, realNow)).toBe(0);
    expect(await findClockJump(db, realNow)).toEqual({ answers: 2, jumpMs: 400 * DAY + 60_000 });
    expect(await findClockJump(db, jumped + 2 * 60_000)).toBeNull();
  });

  // Issue 18.7: cards answered while the clock was 400 days ahead stayed due ~465 days after the real date.
  it('rescheduling brings those cards back from today, with their answers and daily totals moved', async () => {
    const untouched = await db.schedule.get(cardKey('k8s', 'c'));
    expect(await rescheduleClockJump(db, realNow, dayOf)).toBe(2);

    for (const id of ['a', 'b']) {
      const s = await db.schedule.get(cardKey('k8s', id));
      expect(s?.lastReview).toBeLessThanOrEqual(realNow);
      expect((s?.due ?? Infinity) - realNow).toBeLessThan(DAY);
    }
    expect(await db.schedule.get(cardKey('k8s', 'c'))).toMatchObject({ ...untouched, flag: 1, version: expect.any(Number) });
    const log = await db.reviewLog.toArray();
    expect(log.every((row) => row.review <= realNow)).toBe(true);
    expect(await db.dailyStats.toArray()).toEqual(expect.arrayContaining(dailyStatsOf(log)));
    expect((await db.dailyStats.toArray()).filter((row) => row.reviews > 0)).toHaveLength(dailyStatsOf(log).length);
    expect(await findClockJump(db, realNow)).toBeNull();
  });
});
