import Dexie from 'dexie';
import { CardState, decayOf } from '../model';
import { type StudyDay, validateStudySettings } from '../srs';
import { studyDay } from '../srs/studyDay';
import { dayKeys, mastery, retrievabilityBins } from '../stats';
import { BUILTIN_DECK_ID } from './builtinDeck';
import { type KubecardsDb, Parked, type ScheduleRecord } from './schema';
import { getSetting } from './settings';

const DAY = 86_400_000;
const FORECAST_DAYS = 30;
const STUDIED = [CardState.Learning, CardState.Review, CardState.Relearning];
/** Review cards read for the retrievability chart; above this it is estimated from a sample spread over note order. */
export const RETRIEVABILITY_SAMPLE = 4000;
const STRATA = 40;

/**
 * Everything the statistics screen shows, with work that does not grow with the collection beyond index counting: a
 * year of daily totals (kept by each answer), per-queue counts (the forecast's day ranges partition the studied queues,
 * so counting them is the forecast), and the retrievability chart from at most RETRIEVABILITY_SAMPLE review cards.
 */
export async function loadStats(db: KubecardsDb, now: number, timeZone: string, sampleSize = RETRIEVABILITY_SAMPLE) {
  const settings = validateStudySettings(await getSetting(db, 'study')).settings;
  const day: StudyDay = studyDay(now, timeZone, settings.rolloverHour);
  const decay = decayOf(settings.parameters);
  const first = dayKeys(day.key, 365)[0];
  const deckIds = await db.decks.toCollection().primaryKeys();

  const inQueue = (deckId: string, queue: number, from: number, to: number) =>
    db.schedule.where('[deckId+queue+due]').between([deckId, queue, from], [deckId, queue, to], true, false);
  /** Cards due on each forecast day (overdue ones today), then those due later: together, the whole queue. */
  const dueByDay = (deckId: string, queue: number) =>
    Promise.all(
      Array.from({ length: FORECAST_DAYS + 1 }, (_, i) =>
        inQueue(
          deckId,
          queue,
          i === 0 ? Number.NEGATIVE_INFINITY : day.start + i * DAY,
          i === FORECAST_DAYS ? Number.POSITIVE_INFINITY : day.start + (i + 1) * DAY,
        ).count(),
      ),
    );
  const countAll = (queue: number) =>
    Promise.all(deckIds.map((d) => inQueue(d, queue, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY).count())).then(sum);

  const [daily, studied, [newCount, suspended, buried], builtinText, builtinSchedule] = await Promise.all([
    db.dailyStats.where('day').aboveOrEqual(first).toArray(),
    Promise.all(STUDIED.map((q) => Promise.all(deckIds.map((d) => dueByDay(d, q))))),
    Promise.all([CardState.New, Parked.Suspended, Parked.Buried].map(countAll)),
    // The built-in cards' tags (area, chapter, exam domain) and kinds from the deck's search text: no card row is read.
    db.searchText.get(BUILTIN_DECK_ID),
    db.schedule.where('deckId').equals(BUILTIN_DECK_ID).toArray(),
  ]);
  const reviewsPerDeck = (studied[1] ?? []).map(sum);
  const sample = await Promise.all(deckIds.map((d, i) => sampleReviewCards(db, d, reviewsPerDeck[i] ?? 0, sampleSize)));
  const perDay = (lists: number[][]) => Array.from({ length: FORECAST_DAYS + 1 }, (_, i) => sum(lists.map((l) => l[i] ?? 0)));
  const [learning, review, relearning] = studied.map(perDay) as [number[], number[], number[]];
  // Each deck's sample stands for all its review cards.
  const bins = new Array<number>(10).fill(0);
  for (const { rows, of } of sample) {
    retrievabilityBins(rows, now, decay).forEach((n, i) => {
      bins[i] = (bins[i] ?? 0) + (n * of) / Math.max(1, rows.length);
    });
  }
  const sampled = sample.reduce((n, s) => n + s.rows.length, 0);
  const reviewCount = sum(review);

  const tagsOf = new Map(builtinText?.keys.map((key, i) => [key, builtinText.tags[i] ?? []]));
  const kindOf = new Map(builtinText?.keys.map((key, i) => [key, builtinText.kinds[i] ?? '']));
  const builtin = builtinSchedule.filter((s) => tagsOf.has(s.key));
  const groups = (prefix: RegExp) => (s: (typeof builtin)[number]) => (tagsOf.get(s.key) ?? []).filter((t) => prefix.test(t));
  return {
    day,
    daily,
    counts: { new: newCount, learning: sum(learning) + sum(relearning), review: reviewCount, suspended, buried },
    forecast: Array.from({ length: FORECAST_DAYS }, (_, i) => (learning[i] ?? 0) + (review[i] ?? 0) + (relearning[i] ?? 0)),
    retrievability: bins.map(Math.round),
    /** How many review cards the retrievability chart was computed from (fewer than `counts.review`: an estimate). */
    retrievabilitySample: sampled,
    mastery: {
      area: mastery(builtin, groups(/^area-/), now, decay),
      chapter: mastery(builtin, groups(/^chapter-/), now, decay),
      domain: mastery(builtin, groups(/^ckad?-/), now, decay),
      kind: mastery(builtin, (s) => [`kind-${kindOf.get(s.key)}`], now, decay),
    },
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * A deck's review cards (`of` of them) for the retrievability chart: all of them up to `size`, else `size` cards in
 * STRATA runs spread evenly over note order (which says nothing of memory state, unlike due dates).
 */
async function sampleReviewCards(
  db: KubecardsDb,
  deckId: string,
  of: number,
  size: number,
): Promise<{ rows: ScheduleRecord[]; of: number }> {
  const byOrd = (from: number) =>
    db.schedule.where('[deckId+queue+ord]').between([deckId, CardState.Review, from], [deckId, CardState.Review, Dexie.maxKey]);
  if (of === 0) return { rows: [], of };
  if (of <= size) return { rows: await byOrd(Number.NEGATIVE_INFINITY).toArray(), of };
  const [firstRow, lastRow] = await Promise.all([byOrd(Number.NEGATIVE_INFINITY).first(), byOrd(Number.NEGATIVE_INFINITY).last()]);
  const low = firstRow?.ord ?? 0;
  const span = (lastRow?.ord ?? 0) - low + 1;
  const runs = await Promise.all(
    Array.from({ length: STRATA }, (_, i) =>
      byOrd(low + Math.floor((i * span) / STRATA))
        .limit(Math.ceil(size / STRATA))
        .toArray(),
    ),
  );
  return { rows: runs.flat(), of };
}
