import { forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { DailyStatsRecord } from '../../../lib/db';
import { CardState } from '../../../lib/model';
import { dayKeys, mastery, rate, retrievability, retrievabilityBins, reviewsPerDay, streak, sumDays } from '../../../lib/stats';

const DAY = 86_400_000;
const row = (day: string, reviews: number, extra: Partial<DailyStatsRecord> = {}): DailyStatsRecord => ({
  key: `d|${day}`,
  deckId: 'd',
  day,
  reviews,
  learned: 0,
  timeMs: 0,
  buttons: [0, 0, 0, 0],
  youngPass: 0,
  youngTotal: 0,
  maturePass: 0,
  matureTotal: 0,
  ...extra,
});

describe('retrievability', () => {
  it('is 90% after exactly one stability, and agrees with ts-fsrs', () => {
    expect(retrievability(10, 10)).toBeCloseTo(0.9, 10);
    for (const [t, s] of [
      [1, 3],
      [30, 12.5],
      [200, 40],
    ])
      expect(retrievability(t, s)).toBeCloseTo(forgetting_curve(0.1542, t, s), 6);
  });
});

describe('daily aggregations (a fixed log worked out by hand)', () => {
  // 3 days: 2026-06-08: 10 reviews; 06-09: none; 06-10 (today): 4 reviews.
  const rows = [
    row('2026-06-08', 10, {
      learned: 4,
      timeMs: 60_000,
      buttons: [2, 1, 6, 1],
      youngPass: 3,
      youngTotal: 4,
      maturePass: 1,
      matureTotal: 2,
    }),
    row('2026-06-10', 4, { learned: 1, timeMs: 20_000, buttons: [1, 0, 3, 0], youngPass: 2, youngTotal: 2, maturePass: 0, matureTotal: 1 }),
  ];

  it('sums a period: reviews, learned, time, buttons, young and mature retention', () => {
    const total = sumDays(rows);
    expect(total).toEqual({
      reviews: 14,
      learned: 5,
      timeMs: 80_000,
      buttons: [3, 1, 9, 1],
      youngPass: 5,
      youngTotal: 6,
      maturePass: 1,
      matureTotal: 3,
    });
    expect(rate(total.youngPass, total.youngTotal)).toBeCloseTo(5 / 6);
    expect(rate(total.maturePass, total.matureTotal)).toBeCloseTo(1 / 3);
    expect(rate(0, 0)).toBeNull();
  });

  it('reviews per day fills the gaps with zero', () => {
    expect(reviewsPerDay(rows, '2026-06-10', 4)).toEqual([
      { day: '2026-06-07', reviews: 0 },
      { day: '2026-06-08', reviews: 10 },
      { day: '2026-06-09', reviews: 0 },
      { day: '2026-06-10', reviews: 4 },
    ]);
    expect(dayKeys('2026-03-01', 2)).toEqual(['2026-02-28', '2026-03-01']);
  });

  it('streak: days in a row with reviews, ending today or yesterday', () => {
    expect(streak(rows, '2026-06-10')).toBe(1);
    expect(streak([row('2026-06-08', 1), row('2026-06-09', 2)], '2026-06-10')).toBe(2);
    expect(streak([row('2026-06-07', 1)], '2026-06-10')).toBe(0);
  });
});

describe('card aggregations', () => {
  const dayStart = Date.UTC(2026, 5, 10, 4);
  const now = dayStart + 8 * 3_600_000;
  const cards = [
    { state: CardState.New, stability: 0, due: dayStart, lastReview: null, area: 'api' },
    { state: CardState.Review, stability: 10, due: dayStart - DAY, lastReview: now - 10 * DAY, area: 'api' }, // overdue → today, R 0.90
    { state: CardState.Review, stability: 10, due: dayStart + 2 * DAY + 5, lastReview: now - 0.1 * DAY, area: 'operations' }, // R ≈ 1
    { state: CardState.Learning, stability: 1, due: dayStart + 3_600_000, lastReview: now, area: 'operations' },
    { state: CardState.Review, stability: 5, due: dayStart + 40 * DAY, lastReview: now - 100 * DAY, area: 'api', suspended: 1 as const },
  ];

  it('retrievability distribution of review cards', () => {
    const bins = retrievabilityBins(cards, now);
    expect(bins[9]).toBe(2); // 0.90 and ≈1.0
    expect(bins.reduce((a, b) => a + b)).toBe(3); // the suspended review card still has a memory
  });

  it('mastery by area: share learned and average retrievability of learned cards', () => {
    const result = mastery(cards, (c) => [c.area], now);
    const api = result.find((g) => g.group === 'api');
    expect(api).toMatchObject({ total: 3, learned: 2, learnedShare: 2 / 3 });
    expect(api?.averageRetrievability).toBeCloseTo((0.9 + retrievability(100, 5)) / 2, 6);
    // The learning card has not graduated: only the review card is learned.
    expect(result.find((g) => g.group === 'operations')?.learned).toBe(1);
  });
});

describe('workload estimate', () => {
  it('at 90% the interval is the stability; higher retention means shorter intervals and more reviews', async () => {
    const { estimateDailyReviews, intervalFor } = await import('../../../lib/stats');
    expect(intervalFor(10, 0.9)).toBeCloseTo(10, 10);
    expect(intervalFor(10, 0.95)).toBeLessThan(10);
    expect(estimateDailyReviews([10, 20], 0.9)).toBeCloseTo(1 / 10 + 1 / 20, 10);
    expect(estimateDailyReviews([10, 20], 0.97)).toBeGreaterThan(estimateDailyReviews([10, 20], 0.8));
  });
});
