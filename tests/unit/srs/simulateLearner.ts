import { forgetting_curve, generatorParameters } from 'ts-fsrs';
import { newMemoryState } from '../../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import type { LoggedAnswer } from '../../../lib/srs/optimizer/history';
import { prng } from '../prng';

/** A learner whose memory is far from FSRS-6's defaults: slower first steps, faster forgetting. */
export const UNUSUAL_MEMORY: readonly number[] = (() => {
  const w = [...generatorParameters().w];
  for (const i of [0, 1, 2, 3]) w[i] = (w[i] as number) * 0.25;
  w[20] = 0.45;
  return w;
})();

/**
 * `cards` cards studied for `days` days as the app schedules them (default parameters), answered by a memory that
 * follows `truth`: each answer is recalled with the probability `truth` predicts at that moment (Good, else Again).
 */
export function simulateLearner(options: {
  cards: number;
  days: number;
  truth: readonly number[];
  seed: number;
  start: number;
}): LoggedAnswer[] {
  const next = prng(options.seed);
  const app = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
  const memory = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false, parameters: options.truth });
  const w = generatorParameters({ w: [...options.truth] }).w;
  const end = options.start + options.days * 86_400_000;
  const log: LoggedAnswer[] = [];
  for (let card = 0; card < options.cards; card++) {
    // New cards arrive over the first half of the period.
    const first = options.start + Math.floor(next() * options.days * 0.5) * 86_400_000;
    let scheduled = newMemoryState(first);
    let actual = newMemoryState(first);
    for (let at = first; at < end; at = scheduled.due) {
      const elapsedDays = actual.lastReview === null ? 0 : (at - actual.lastReview) / 86_400_000;
      const recall = actual.lastReview === null ? next() < 0.7 : next() < forgetting_curve(w, elapsedDays, actual.stability);
      const rating = recall ? 3 : 1;
      log.push({ cardKey: `sim/c${card}`, rating, review: at, before: { state: scheduled.state } });
      scheduled = app.grade(scheduled, at, rating);
      actual = memory.grade(actual, at, rating);
    }
  }
  return log;
}
