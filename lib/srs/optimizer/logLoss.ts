import { forgetting_curve, generatorParameters } from 'ts-fsrs';
import { CardState, newMemoryState } from '../../model';
import { createScheduler, type SchedulerSettings } from '../scheduler';
import type { LoggedAnswer } from './history';

const DAY = 86_400_000;
const EPSILON = 1e-6;

/**
 * How well a parameter set predicts the learner's own answers: each card's answers are replayed through the scheduler,
 * and every answer given a day or more after the last one is scored against the retrievability predicted for that
 * moment (binary cross-entropy: lower is better). `count` is the number of answers scored.
 */
export function logLoss(cards: readonly (readonly LoggedAnswer[])[], settings: SchedulerSettings): { loss: number; count: number } {
  const scheduler = createScheduler({ ...settings, fuzz: false });
  const w = generatorParameters(settings.parameters ? { w: [...settings.parameters] } : {}).w;
  let sum = 0;
  let count = 0;
  for (const answers of cards) {
    let state = newMemoryState(answers[0]?.review ?? 0);
    for (const answer of answers) {
      const elapsedDays = state.lastReview === null ? 0 : (answer.review - state.lastReview) / DAY;
      if (state.state !== CardState.New && elapsedDays >= 1) {
        const predicted = Math.min(1 - EPSILON, Math.max(EPSILON, forgetting_curve(w, elapsedDays, state.stability)));
        sum -= answer.rating > 1 ? Math.log(predicted) : Math.log(1 - predicted);
        count++;
      }
      state = scheduler.grade(state, answer.review, answer.rating as 1 | 2 | 3 | 4);
    }
  }
  return { loss: count > 0 ? sum / count : Number.NaN, count };
}
