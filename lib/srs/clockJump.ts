import type { MemoryState } from '../model';

/**
 * Answers dated more than this after the current time were given while the device clock was ahead (it jumped forward,
 * then back): their cards were scheduled from the wrong date and would stay away far too long.
 */
export const CLOCK_JUMP_THRESHOLD_MS = 86_400_000;

/** How far ahead the clock was: the newest answer's time minus `now` when that is more than the threshold, else 0. */
export const clockJumpOf = (newestAnswer: number | undefined, now: number): number =>
  newestAnswer !== undefined && newestAnswer - now > CLOCK_JUMP_THRESHOLD_MS ? newestAnswer - now : 0;

/**
 * A card's schedule as if the answers given on the wrong clock had been given `jump` earlier: its due date and last
 * review move back when it was last reviewed "in the future", and a burial set on that clock ends on time.
 */
export function rebasedSchedule<S extends MemoryState & { buriedUntil?: number }>(s: S, jump: number, now: number): S {
  const reviewedAhead = s.lastReview !== null && s.lastReview > now;
  const buriedAhead = (s.buriedUntil ?? 0) > now + CLOCK_JUMP_THRESHOLD_MS;
  return {
    ...s,
    ...(reviewedAhead ? { due: s.due - jump, lastReview: (s.lastReview as number) - jump } : {}),
    ...(buriedAhead ? { buriedUntil: (s.buriedUntil as number) - jump } : {}),
  };
}
