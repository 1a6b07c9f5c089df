import { DEFAULT_DECAY } from '../model/schedule';

/**
 * The interval (days) FSRS-6 gives a card of stability S for a desired retention r: I = S / f · (r^(1/−decay) − 1).
 * At r = 0.9 the interval equals the stability.
 */
export function intervalFor(stability: number, retention: number, decay = DEFAULT_DECAY): number {
  const factor = 0.9 ** (1 / -decay) - 1;
  return (stability / factor) * (retention ** (1 / -decay) - 1);
}

/** Reviews a day needed to keep the known cards at that retention: the sum of 1/interval (an estimate). */
export function estimateDailyReviews(
  stabilities: readonly number[],
  retention: number,
  maximumIntervalDays = 36500,
  decay = DEFAULT_DECAY,
): number {
  return stabilities.reduce((sum, s) => sum + 1 / Math.min(maximumIntervalDays, Math.max(1, intervalFor(s, retention, decay))), 0);
}
