import Dexie from 'dexie';
import { CardState } from '../model';
import { buildQueue, countsAsNew, countsAsReview, type Queue, type QueueLimits, type StudyDay } from '../srs';
import { type KubecardsDb, Parked, type ScheduleRecord } from './schema';

/** Cards read beyond what is shown, so that siblings skipped in memory do not leave the queue short. */
const BURY_SLACK = 50;
/** The queue shows one card at a time: only this many are read; the counts come from index keys. */
const WINDOW = 30;
/** Learning cards counted at most (a count above it shows as this). */
const LEARNING_COUNT_CAP = 9999;

/**
 * Today's queue of a deck, read through the [deckId+queue+…] indexes: a few ranges and counts, no scan — the same
 * cost with 1,000 cards or 100,000.
 */
export async function loadQueue(db: KubecardsDb, deckId: string, now: number, day: StudyDay, defaults: QueueLimits): Promise<Queue> {
  return db.transaction('r', db.schedule, db.reviewLog, db.decks, async () => {
    const [doneToday, deck] = await Promise.all([answeredToday(db, deckId, day), db.decks.get(deckId)]);
    const limits = deck?.newPerDay === undefined ? defaults : { ...defaults, newPerDay: deck.newPerDay };
    const dueBy = (queue: CardState, upTo: number) =>
      db.schedule.where('[deckId+queue+due]').between([deckId, queue, Dexie.minKey], [deckId, queue, upTo], true, false);
    const newByOrd = () =>
      db.schedule.where('[deckId+queue+ord]').between([deckId, CardState.New, Dexie.minKey], [deckId, CardState.New, Dexie.maxKey]);
    const reviewRoom = Math.max(0, limits.reviewsPerDay - doneToday.reviewCount);
    const newRoom = Math.max(0, limits.newPerDay - doneToday.newCount);
    // Shuffled or interleaved orders choose among all new cards; note order needs only the first few.
    const newLimit = (limits.newOrder ?? 'notes') === 'notes' ? Math.min(newRoom, WINDOW) + BURY_SLACK : Number.POSITIVE_INFINITY;
    // Learning cards: those due by the learn-ahead horizon (shown in due order), the first one after it (for "next
    // card at …"), and how many fall due today — read as a window and counts, like the rest.
    const horizon = now + limits.learnAheadMs;
    const learningOf = (queue: CardState) =>
      Promise.all([
        db.schedule
          .where('[deckId+queue+due]')
          .between([deckId, queue, Dexie.minKey], [deckId, queue, horizon], true, true)
          .limit(WINDOW)
          .toArray(),
        db.schedule.where('[deckId+queue+due]').between([deckId, queue, horizon], [deckId, queue, day.end], false, false).first(),
        dueBy(queue, day.end)
          .limit(LEARNING_COUNT_CAP)
          .primaryKeys()
          .then((keys) => keys.length),
      ]);
    const [
      [learning, nextLearning, learningDue],
      [relearning, nextRelearning, relearningDue],
      reviews,
      newCards,
      reviewsDue,
      newAvailable,
    ] = await Promise.all([
      learningOf(CardState.Learning),
      learningOf(CardState.Relearning),
      dueBy(CardState.Review, day.end)
        .limit(Math.min(reviewRoom, WINDOW) + BURY_SLACK)
        .toArray(),
      newByOrd().limit(newLimit).toArray(),
      // Only min(room, available) is shown, so counting stops at the room: the cost does not grow with the deck.
      dueBy(CardState.Review, day.end)
        .limit(reviewRoom)
        .primaryKeys()
        .then((keys) => keys.length),
      newByOrd()
        .limit(newRoom)
        .primaryKeys()
        .then((keys) => keys.length),
    ]);
    const later = [nextLearning, nextRelearning].filter((s): s is ScheduleRecord => s !== undefined);
    return buildQueue({
      now,
      day,
      learning: [...learning, ...relearning, ...later].map(toQueueCard),
      reviews: reviews.map(toQueueCard),
      newCards: newCards.map(toQueueCard),
      doneToday,
      limits,
      available: { review: reviewsDue, new: newAvailable, learning: learningDue + relearningDue },
    });
  });
}

/** Cards buried until a moment now past (a new study day) come back into their queues. */
export async function releaseBuried(db: KubecardsDb, now: number): Promise<number> {
  return db.transaction('rw', db.schedule, db.decks, async () => {
    let released = 0;
    for (const deckId of await db.decks.toCollection().primaryKeys()) {
      const buried = await db.schedule
        .where('[deckId+queue+due]')
        .between([deckId, Parked.Buried, Dexie.minKey], [deckId, Parked.Buried, Dexie.maxKey])
        .toArray();
      const due = buried.filter((s) => (s.buriedUntil ?? 0) <= now);
      await db.schedule.bulkPut(due.map((s) => ({ ...s, buriedUntil: 0, version: s.version + 1 })));
      released += due.length;
    }
    return released;
  });
}

export async function answeredToday(db: KubecardsDb, deckId: string, day: StudyDay) {
  // Manual changes (forget, reschedule) are logged too, but they are not answers.
  const logs = (await db.reviewLog.where('[deckId+review]').between([deckId, day.start], [deckId, day.end]).toArray()).filter(
    (log) => (log.kind ?? 'review') === 'review',
  );
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
      db.schedule.where('[deckId+queue+due]').between([deckId, state, after], [deckId, state, Dexie.maxKey], false).first(),
    ),
  );
  const dues = firsts.filter((s): s is ScheduleRecord => s !== undefined).map((s) => s.due);
  return dues.length > 0 ? Math.min(...dues) : null;
}

export const toQueueCard = (s: ScheduleRecord) => ({
  cardId: s.key,
  noteId: s.noteId,
  state: s.state,
  due: s.due,
  ord: s.ord,
  topic: s.topic,
});
