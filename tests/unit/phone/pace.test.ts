import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_MS, minutesLeft, msPerCard, progressOf } from '../../../lib/srs/pace';

describe("the session's pace and progress", () => {
  it("takes the median of the learner's answer times, each capped like Anki's, ignoring empty ones", () => {
    expect(msPerCard([])).toBeNull();
    expect(msPerCard([0, Number.NaN])).toBeNull();
    expect(msPerCard([4000, 8000, 6000])).toBe(6000);
    expect(msPerCard([4000, 8000])).toBe(6000);
    // A card left open for an hour counts as a minute and does not move the median.
    expect(msPerCard([5000, 5000, 3_600_000])).toBe(5000);
    expect(msPerCard([3_600_000])).toBe(MAX_ANSWER_MS);
  });

  it('estimates whole minutes left, at least one while a card is left, none without a pace', () => {
    expect(minutesLeft(30, 6000)).toBe(3);
    expect(minutesLeft(1, 6000)).toBe(1);
    expect(minutesLeft(0, 6000)).toBe(0);
    expect(minutesLeft(10, null)).toBeNull();
  });

  it('is the share of cards handled among those handled and left', () => {
    expect(progressOf(0, 0)).toBe(0);
    expect(progressOf(5, 15)).toBe(0.25);
    expect(progressOf(4, 0)).toBe(1);
  });
});
