import Dexie from 'dexie';
import { CardState } from '../model';
import { buildQueue, countsAsNew, countsAsReview, type Queue, type QueueLimits, type StudyDay } from '../srs';
import type { KubecardsDb, ScheduleRecord } from './schema';

/** Cards read beyond the daily room, so that buried siblings do not leave the queue short. */
const BURY_SLACK = 50;

/** Today's queue of a deck, read through the compound indexes: no full-table scan. */
export async function loadQueue(db: KubecardsDb, deckId: string, now: number, day: StudyDay, defaults: QueueLimits): Promise<Queue> {
  return db.transaction('r', db.schedule, db.reviewLog, db.decks, async () => {
    const [doneToday, deck] = await Promise.all([answeredToday(db, deckId, day), db.decks.get(deckId)]);
    const limits = deck?.newPerDay === undefined ? defaults : { ...defaults, newPerDay: deck.newPerDay };
    const byState = (state: CardState, upTo: number, limit: number) =>
      db.schedule
        .where('[deckId+state+due]')
        .between([deckId, state, Dexie.minKey], [deckId, state, upTo], true, false)
        .filter((s) => s.active === 1)
        .limit(limit)
        .toArray();
    const reviewRoom = Math.max(0, limits.reviewsPerDay - doneToday.reviewCount);
    const newRoom = Math.max(0, limits.newPerDay - doneToday.newCount);
    const [learning, relearning, reviews, newCards] = await Promise.all([
      byState(CardState.Learning, day.end, Number.POSITIVE_INFINITY),
      byState(CardState.Relearning, day.end, Number.POSITIVE_INFINITY),
      byState(CardState.Review, day.end, reviewRoom + BURY_SLACK),
      db.schedule
        .where('[deckId+state+ord]')
        .between([deckId, CardState.New, Dexie.minKey], [deckId, CardState.New, Dexie.maxKey])
        .filter((s) => s.active === 1)
        .limit(newRoom + BURY_SLACK)
        .toArray(),
    ]);
    return buildQueue({
      now,
      day,
      learning: [...learning, ...relearning].map(toQueueCard),
      reviews: reviews.map(toQueueCard),
      newCards: newCards.map(toQueueCard),
      doneToday,
      limits,
    });
  });
}

async function answeredToday(db: KubecardsDb, deckId: string, day: StudyDay) {
  const logs = await db.reviewLog.where('[deckId+review]').between([deckId, day.start], [deckId, day.end]).toArray();
  return {
    newCount: logs.filter((log) => countsAsNew(log.before.state)).length,
    reviewCount: logs.filter((log) => countsAsReview(log.before.state)).length,
    noteIds: new Set(logs.map((log) => log.noteId)),
  };
}

/** The earliest moment any studied card of the deck falls due (for "next card due …"). */
export async function nextDueAfter(db: KubecardsDb, deckId: string, after: number): Promise<number | null> {
  const firsts = await Promise.all(
    [CardState.Learning, CardState.Relearning, CardState.Review].map((state) =>
      db.schedule
        .where('[deckId+state+due]')
        .between([deckId, state, after], [deckId, state, Dexie.maxKey], false)
        .filter((s) => s.active === 1)
        .first(),
    ),
  );
  const dues = firsts.filter((s): s is ScheduleRecord => s !== undefined).map((s) => s.due);
  return dues.length > 0 ? Math.min(...dues) : null;
}

/**
 * "Study this topic": every due card of one topic and all its new cards, whatever today's limits say (the learner asked
 * for them). Siblings are still buried.
 */
export async function loadTopicQueue(
  db: KubecardsDb,
  deckId: string,
  topic: string,
  now: number,
  day: StudyDay,
  limits: QueueLimits,
): Promise<Queue> {
  return db.transaction('r', db.schedule, db.reviewLog, async () => {
    const [rows, doneToday] = await Promise.all([
      db.schedule
        .where('[deckId+topic]')
        .equals([deckId, topic])
        .filter((s) => s.active === 1)
        .toArray(),
      answeredToday(db, deckId, day),
    ]);
    const dueToday = (s: ScheduleRecord) => s.due < day.end;
    const learningStates: CardState[] = [CardState.Learning, CardState.Relearning];
    return buildQueue({
      now,
      day,
      learning: rows.filter((s) => learningStates.includes(s.state) && dueToday(s)).map(toQueueCard),
      reviews: rows.filter((s) => s.state === CardState.Review && dueToday(s)).map(toQueueCard),
      newCards: rows.filter((s) => s.state === CardState.New).map(toQueueCard),
      doneToday: { ...doneToday, newCount: 0, reviewCount: 0 },
      limits: { ...limits, newPerDay: Number.POSITIVE_INFINITY, reviewsPerDay: Number.POSITIVE_INFINITY },
    });
  });
}

const toQueueCard = (s: ScheduleRecord) => ({ cardId: s.key, noteId: s.noteId, state: s.state, due: s.due, ord: s.ord });
