import { clockJumpOf } from '../srs/clockJump';
import { isAnswer } from './records';
import type { KubecardsDb } from './schema';

/** Answers dated after `now` because the device clock was ahead when they were given; null when there are none. */
export interface ClockJump {
  answers: number;
  jumpMs: number;
}

export async function findClockJump(db: KubecardsDb, now: number): Promise<ClockJump | null> {
  const newest = await db.reviewLog.orderBy('review').last();
  const jumpMs = clockJumpOf(newest?.review, now);
  if (jumpMs === 0) return null;
  // Card actions dated then (a sibling buried by an answer, a suspend) move with them, but are no answers.
  return { answers: await db.reviewLog.where('review').above(now).filter(isAnswer).count(), jumpMs };
}
