import { describe, expect, it } from 'vitest';
import { CardState } from '../../../lib/model';
import { mastery } from '../../../lib/stats';

const now = Date.UTC(2026, 0, 5, 12);
const fresh = { state: CardState.New, stability: 0, due: now, lastReview: null };

// The statistics' "Learned" read 100% after one Good: a card in its first learning step counted as learned.
describe('mastery: learned means graduated', () => {
  it('a card answered Good once (still in its learning steps) is not learned', () => {
    const cards = [{ ...fresh, state: CardState.Learning, stability: 2.3, due: now + 600_000, lastReview: now }];
    expect(mastery(cards, () => ['chapter-1'], now)[0]).toMatchObject({ learned: 0, learnedShare: 0, averageRetrievability: null });
  });

  it('review and relearning cards are learned', () => {
    const cards = [
      { ...fresh, state: CardState.Review, stability: 5, due: now + 5 * 86_400_000, lastReview: now },
      { ...fresh, state: CardState.Relearning, stability: 1, due: now + 600_000, lastReview: now },
      fresh,
      fresh,
    ];
    expect(mastery(cards, () => ['chapter-1'], now)[0]).toMatchObject({ total: 4, learned: 2, learnedShare: 0.5 });
  });
});
