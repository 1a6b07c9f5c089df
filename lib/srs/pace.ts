/** Anki's cap on one answer's time: a card left open while the learner was away counts this long at most. */
export const MAX_ANSWER_MS = 60_000;

/**
 * The learner's own time per card: the median of their recent answer times (each capped), or null without any. The
 * median, not the mean: one card left open for minutes does not inflate the estimate.
 */
export function msPerCard(durationsMs: readonly number[]): number | null {
  const times = durationsMs.filter((ms) => Number.isFinite(ms) && ms > 0).map((ms) => Math.min(ms, MAX_ANSWER_MS));
  if (times.length === 0) return null;
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 === 1 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
}

/** Minutes left for `remaining` cards at the learner's pace (at least 1 while any card is left), or null. */
export function minutesLeft(remaining: number, perCardMs: number | null): number | null {
  if (perCardMs === null || remaining <= 0) return remaining <= 0 ? 0 : null;
  return Math.max(1, Math.round((remaining * perCardMs) / 60_000));
}

/** The share of the session done, 0–1: cards handled against those handled and still counted. */
export function progressOf(done: number, remaining: number): number {
  return done + remaining === 0 ? 0 : done / (done + remaining);
}
