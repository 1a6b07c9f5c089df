import { rebasedSchedule } from '../srs/clockJump';
import { findClockJump } from './clockJumpFind';
import { countAnswer } from './dailyStats';
import { isAnswer } from './records';
import type { KubecardsDb, ScheduleRecord } from './schema';

/**
 * Moves the answers dated in the future back by the jump, with their cards' schedules and their days' totals, in one
 * transaction: those cards come back as if they had been answered on the right date. Returns how many cards moved.
 */
export async function rescheduleClockJump(db: KubecardsDb, now: number, dayOf: (at: number) => string): Promise<number> {
  return db.transaction('rw', [db.reviewLog, db.schedule, db.dailyStats], async () => {
    const jump = await findClockJump(db, now);
    if (!jump) return 0;
    const future = await db.reviewLog.where('review').above(now).toArray();
    const moved = future.map((log) => {
      const review = log.review - jump.jumpMs;
      return { ...log, review, ...(log.day ? { day: dayOf(review) } : {}) };
    });
    for (const log of future) await countAnswer(db, log, -1);
    for (const log of moved) await countAnswer(db, log, 1);
    await db.reviewLog.bulkPut(moved);
    const keys = [...new Set(future.flatMap((log) => [log.cardKey, ...(log.buried ?? [])]))];
    const cards = (await db.schedule.bulkGet(keys)).filter((s): s is ScheduleRecord => s !== undefined);
    await db.schedule.bulkPut(cards.map((s) => ({ ...rebasedSchedule(s, jump.jumpMs, now), version: s.version + 1 })));
    return new Set(future.filter(isAnswer).map((log) => log.cardKey)).size;
  });
}
