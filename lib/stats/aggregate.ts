import { CardState, DEFAULT_DECAY } from '../model/schedule';

/** FSRS-6 forgetting curve with the default decay (ts-fsrs `default_w[20]`): R(t, S) = (1 + f·t/S)^(−decay). */
export function retrievability(elapsedDays: number, stability: number, decay = DEFAULT_DECAY): number {
  if (stability <= 0) return 0;
  const factor = 0.9 ** (1 / -decay) - 1;
  return (1 + (factor * Math.max(0, elapsedDays)) / stability) ** -decay;
}

/** What a day (or a period) adds up to. */
export interface DayTotals {
  reviews: number;
  /** Answers to cards that were new. */
  learned: number;
  timeMs: number;
  /** Answers by button, Again … Easy. */
  buttons: [number, number, number, number];
  /** Review-state answers by maturity (interval ≥ 21 days), for true retention. */
  youngPass: number;
  youngTotal: number;
  maturePass: number;
  matureTotal: number;
}

/** The totals of one study day (`YYYY-MM-DD`). */
export type DayRow = DayTotals & { day: string };

export const ZERO_TOTALS: DayTotals = {
  reviews: 0,
  learned: 0,
  timeMs: 0,
  buttons: [0, 0, 0, 0],
  youngPass: 0,
  youngTotal: 0,
  maturePass: 0,
  matureTotal: 0,
};

/** Totals over rows (several decks, several days). */
export function sumDays(rows: readonly DayRow[]): DayTotals {
  return rows.reduce<DayTotals>(
    (t, r) => ({
      reviews: t.reviews + r.reviews,
      learned: t.learned + r.learned,
      timeMs: t.timeMs + r.timeMs,
      buttons: t.buttons.map((b, i) => b + r.buttons[i]) as DayTotals['buttons'],
      youngPass: t.youngPass + r.youngPass,
      youngTotal: t.youngTotal + r.youngTotal,
      maturePass: t.maturePass + r.maturePass,
      matureTotal: t.matureTotal + r.matureTotal,
    }),
    ZERO_TOTALS,
  );
}

/** The `count` day keys ending with `lastDay`, oldest first (`YYYY-MM-DD`, calendar arithmetic in UTC). */
export function dayKeys(lastDay: string, count: number): string[] {
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

/** Reviews per day for the last `count` days (0 where there were none). */
export function reviewsPerDay(rows: readonly DayRow[], lastDay: string, count: number): { day: string; reviews: number }[] {
  const byDay = new Map<string, number>();
  for (const r of rows) byDay.set(r.day, (byDay.get(r.day) ?? 0) + r.reviews);
  return dayKeys(lastDay, count).map((day) => ({ day, reviews: byDay.get(day) ?? 0 }));
}

/**
 * Days in a row with at least one review, ending today (or yesterday, if today has none yet). Answers dated after
 * today were made in a time zone further east, before a flight west: they count as today's, so no day is lost.
 */
export function streak(rows: readonly DayRow[], today: string): number {
  const active = new Set(rows.filter((r) => r.reviews > 0).map((r) => (r.day > today ? today : r.day)));
  const days = dayKeys(today, 3660).reverse();
  const start = active.has(today) ? 0 : 1;
  let count = 0;
  for (let i = start; i < days.length && active.has(days[i]); i++) count++;
  return count;
}

/** Share of passed answers (not Again), or null without answers. */
export const rate = (pass: number, total: number): number | null => (total > 0 ? pass / total : null);

export interface CardMemory {
  state: CardState;
  stability: number;
  due: number;
  lastReview: number | null;
  suspended?: 0 | 1;
}

/** A card's retrievability now; null for a card never answered (new, or reset to new). */
export function retrievabilityNow(card: CardMemory, now: number, decay = DEFAULT_DECAY): number | null {
  return card.state === CardState.New || card.lastReview === null
    ? null
    : retrievability((now - card.lastReview) / 86_400_000, card.stability, decay);
}

/** Review cards by retrievability now, in ten 10% bins (0–10%, …, 90–100%). */
export function retrievabilityBins(cards: readonly CardMemory[], now: number, decay = DEFAULT_DECAY): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const c of cards) {
    const r = c.state === CardState.Review ? retrievabilityNow(c, now, decay) : null;
    if (r !== null) bins[Math.min(9, Math.floor(r * 10))]++;
  }
  return bins;
}

/**
 * Cards learned and their average retrievability now, per group (area, chapter, exam domain). Learned means graduated:
 * in review, or relearning after a lapse. A card still in its learning steps is not learned yet (one Good on a new
 * card made a group read 100%).
 */
export function mastery<T extends CardMemory>(cards: readonly T[], groupsOf: (card: T) => string[], now: number, decay = DEFAULT_DECAY) {
  const groups = new Map<string, { total: number; learned: number; rSum: number }>();
  for (const c of cards) {
    const r = retrievabilityNow(c, now, decay) ?? 0;
    for (const group of groupsOf(c)) {
      const g = groups.get(group) ?? { total: 0, learned: 0, rSum: 0 };
      g.total++;
      if (c.state === CardState.Review || c.state === CardState.Relearning) {
        g.learned++;
        g.rSum += r;
      }
      groups.set(group, g);
    }
  }
  return [...groups].map(([group, g]) => ({
    group,
    total: g.total,
    learned: g.learned,
    learnedShare: g.learned / g.total,
    averageRetrievability: g.learned > 0 ? g.rSum / g.learned : null,
  }));
}
