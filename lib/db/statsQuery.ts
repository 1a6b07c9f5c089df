import Dexie from 'dexie';
import { CardState } from '../model';
import { type StudyDay, validateStudySettings } from '../srs';
import { studyDay } from '../srs/studyDay';
import { dayKeys, forecast, mastery, retrievabilityBins } from '../stats';
import type { KubecardsDb } from './schema';
import { Parked } from './schema';
import { getSetting } from './settings';

const BUILTIN = 'kubernetes';

/**
 * Everything the statistics screen shows, read with bounded work: a year of daily totals (kept by each answer), index
 * counts per queue, and the memory state of studied cards for the forecast and the retrievability distribution.
 */
export async function loadStats(db: KubecardsDb, now: number, timeZone: string) {
  const settings = validateStudySettings(await getSetting(db, 'study')).settings;
  const day: StudyDay = studyDay(now, timeZone, settings.rolloverHour);

  const first = dayKeys(day.key, 365)[0];
  const deckIds = await db.decks.toCollection().primaryKeys();
  const countQueue = (queue: number) =>
    Promise.all(
      deckIds.map((d) => db.schedule.where('[deckId+queue+due]').between([d, queue, Dexie.minKey], [d, queue, Dexie.maxKey]).count()),
    ).then((n) => n.reduce((a, b) => a + b, 0));
  const [daily, counts, studied, builtinCards, builtinSchedule] = await Promise.all([
    db.dailyStats.where('day').aboveOrEqual(first).toArray(),
    Promise.all(
      [CardState.New, CardState.Learning, CardState.Review, CardState.Relearning, Parked.Suspended, Parked.Buried].map(countQueue),
    ),
    Promise.all(
      deckIds.flatMap((d) =>
        [CardState.Learning, CardState.Review, CardState.Relearning].map((q) =>
          db.schedule.where('[deckId+queue+due]').between([d, q, Dexie.minKey], [d, q, Dexie.maxKey]).toArray(),
        ),
      ),
    ).then((lists) => lists.flat()),
    db.cards.where('deckId').equals(BUILTIN).toArray(),
    db.schedule.where('deckId').equals(BUILTIN).toArray(),
  ]);
  const tagsOf = new Map(builtinCards.filter((c) => c.retired === 0).map((c) => [c.key, c.tags]));
  const builtin = builtinSchedule.filter((s) => tagsOf.has(s.key));
  const groups = (prefix: RegExp) => (s: (typeof builtin)[number]) => (tagsOf.get(s.key) ?? []).filter((t) => prefix.test(t));
  return {
    day,
    daily,
    counts: { new: counts[0], learning: counts[1] + counts[3], review: counts[2], suspended: counts[4], buried: counts[5] },
    forecast: forecast(studied, day.start, 30),
    retrievability: retrievabilityBins(studied, now),
    mastery: {
      area: mastery(builtin, groups(/^area-/), now),
      chapter: mastery(builtin, groups(/^chapter-/), now),
      domain: mastery(builtin, groups(/^ckad?-/), now),
    },
  };
}
