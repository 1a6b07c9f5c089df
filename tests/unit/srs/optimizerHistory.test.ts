import { describe, expect, it } from 'vitest';
import { CardState } from '../../../lib/model';
import { DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { answersByCard, type LoggedAnswer, toAnkiRevlog } from '../../../lib/srs/optimizer/history';
import { logLoss } from '../../../lib/srs/optimizer/logLoss';
import { simulateLearner, UNUSUAL_MEMORY } from './simulateLearner';

const answer = (cardKey: string, review: number, rating: number, state: CardState, kind?: LoggedAnswer['kind']): LoggedAnswer => ({
  cardKey,
  review,
  rating,
  before: { state },
  ...(kind ? { kind } : {}),
});

describe('the review log for the optimizer', () => {
  it('groups answers by card in time order, from the last reset on, without manual changes', () => {
    const log = [
      answer('b', 5, 3, CardState.New),
      answer('a', 3, 3, CardState.Learning),
      answer('a', 1, 1, CardState.New),
      answer('a', 4, 1, CardState.Review, 'reschedule'),
      answer('b', 6, 1, CardState.Review, 'forget'),
      answer('b', 7, 4, CardState.New),
    ];
    expect(answersByCard(log).map((answers) => answers.map((a) => `${a.cardKey}${a.review}`))).toEqual([['a1', 'a3'], ['b7']]);
  });

  it('becomes Anki revlog columns: card ids, buttons, unique times, learning/review/relearning types', () => {
    const revlog = toAnkiRevlog([
      [answer('a', 100, 1, CardState.New), answer('a', 200, 3, CardState.Relearning)],
      [answer('b', 100, 4, CardState.Review)],
    ]);
    expect([...revlog.cids]).toEqual([1n, 2n, 1n]);
    expect([...revlog.eases]).toEqual([1, 4, 3]);
    expect([...revlog.ids]).toEqual([100n, 101n, 200n]);
    expect([...revlog.types]).toEqual([0, 1, 2]);
  });
});

describe('log loss of a parameter set on a learner’s answers', () => {
  const log = simulateLearner({ cards: 300, days: 120, truth: UNUSUAL_MEMORY, seed: 7, start: Date.UTC(2026, 0, 1) });
  const cards = answersByCard(log);
  it('is lower for the parameters the learner’s memory really follows than for the defaults', () => {
    const defaults = logLoss(cards, DEFAULT_SCHEDULER_SETTINGS);
    const truth = logLoss(cards, { ...DEFAULT_SCHEDULER_SETTINGS, parameters: UNUSUAL_MEMORY });
    expect(log.length).toBeGreaterThan(1000);
    expect(truth.count).toBe(defaults.count);
    expect(truth.loss).toBeLessThan(defaults.loss);
  });
});
