import Dexie from 'dexie';
import { CardState, subtreeIds } from '../model';
import { buildQueue, countsAsNew, countsAsReview, type Queue, type QueueLimits, type StudyDay } from '../srs';
import { type KubecardsDb, Parked, type ScheduleRecord } from './schema';

/** A deck and its sub-decks (`Lang`, `Lang::Verbs`, …), the deck first: what studying, counting or browsing it takes in. */
export const deckWithSubDecks = async (db: KubecardsDb, deckId: string): Promise<string[]> => subtreeIds(await db.decks.toArray(), deckId);

/** Cards read beyond what is shown, so that siblings skipped in memory do not leave the queue short. */
const BURY_SLACK = 50;
/** The queue shows one card at a time: only this many are read; the counts come from index keys. */
const WINDOW = 30;
/** Learning cards counted at most (a count above it shows as this). */
const LEARNING_COUNT_CAP = 9999;

/**
 * Today's queue of a deck and its sub-decks (studying `Lang` takes in `Lang::Verbs`, as in Anki), read through the
 * [deckId+queue+…] indexes: a few ranges and counts per deck, no scan — the same cost with 1,000 cards or 100,000. The
 * limits are those of the deck studied: they apply to the whole tree.
 */
export async function loadQueue(db: KubecardsDb, deckId: string, now: number, day: StudyDay, defaults: QueueLimits): Promise<Queue> {
  return db.transaction('r', db.schedule, db.reviewLog, db.decks, async () => {
    const [deckIds, deck] = await Promise.all([deckWithSubDecks(db, deckId), db.decks.get(deckId)]);
    const doneToday = await answeredToday(db, deckIds, day);
    const limits = deck?.newPerDay === undefined ? defaults : { ...defaults, newPerDay: deck.newPerDay };
    /** The same read in every deck of the tree, concatenated (counts are the length of the keys read). */
    const inEach = <T>(read: (id: string) => Promise<T[]>) => Promise.all(deckIds.map(read)).then((lists) => lists.flat());
    const countEach = (read: (id: string) => Promise<unknown[]>) => inEach(read).then((keys) => keys.length);
    const dueBy = (id: string, queue: CardState, upTo: number) =>
      db.schedule.where('[deckId+queue+due]').between([id, queue, Dexie.minKey], [id, queue, upTo], true, false);
    const newByOrd = (id: string) =>
      db.schedule.where('[deckId+queue+ord]').between([id, CardState.New, Dexie.minKey], [id, CardState.New, Dexie.maxKey]);
    const reviewRoom = Math.max(0, limits.reviewsPerDay - doneToday.reviewCount);
    const newRoom = Math.max(0, limits.newPerDay - doneToday.newCount);
    // Shuffled or interleaved orders choose among all new cards; note order needs only the first few.
    const newLimit = (limits.newOrder ?? 'notes') === 'notes' ? Math.min(newRoom, WINDOW) + BURY_SLACK : Number.POSITIVE_INFINITY;
    // Learning cards: those due by the learn-ahead horizon (shown in due order), the first one after it (for "next
    // card at …"), and how many fall due today — read as a window and counts, like the rest.
    const horizon = now + limits.learnAheadMs;
    const learningOf = (queue: CardState) =>
      Promise.all([
        inEach((id) =>
          db.schedule
            .where('[deckId+queue+due]')
            .between([id, queue, Dexie.minKey], [id, queue, horizon], true, true)
            .limit(WINDOW)
            .toArray(),
        ),
        inEach((id) =>
          db.schedule.where('[deckId+queue+due]').between([id, queue, horizon], [id, queue, day.end], false, false).limit(1).toArray(),
        ),
        countEach((id) => dueBy(id, queue, day.end).limit(LEARNING_COUNT_CAP).primaryKeys()),
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
      inEach((id) =>
        dueBy(id, CardState.Review, day.end)
          .limit(Math.min(reviewRoom, WINDOW) + BURY_SLACK)
          .toArray(),
      ),
      inEach((id) => newByOrd(id).limit(newLimit).toArray()),
      // Only min(room, available) is shown, so counting stops at the room: the cost does not grow with the deck.
      countEach((id) => dueBy(id, CardState.Review, day.end).limit(reviewRoom).primaryKeys()),
      countEach((id) => newByOrd(id).limit(newRoom).primaryKeys()),
    ]);
    return buildQueue({
      now,
      day,
      learning: [...learning, ...relearning, ...nextLearning, ...nextRelearning].map(toQueueCard),
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

/** Today's answers in these decks (a deck and its sub-decks). */
export async function answeredToday(db: KubecardsDb, deckIds: readonly string[], day: StudyDay) {
  const inDecks = await Promise.all(
    deckIds.map((id) => db.reviewLog.where('[deckId+review]').between([id, day.start], [id, day.end]).toArray()),
  );
  // Manual changes (forget, reschedule) are logged too, but they are not answers.
  const logs = inDecks.flat().filter((log) => (log.kind ?? 'review') === 'review');
  return {
    newCount: logs.filter((log) => countsAsNew(log.before.state)).length,
    reviewCount: logs.filter((log) => countsAsReview(log.before.state)).length,
    noteIds: new Set(logs.map((log) => log.noteId)),
  };
}

/** The earliest moment any studied card of the deck or its sub-decks falls due (for "next card due …"). */
export async function nextDueAfter(db: KubecardsDb, deckId: string, after: number): Promise<number | null> {
  const deckIds = await deckWithSubDecks(db, deckId);
  const firsts = await Promise.all(
    deckIds.flatMap((id) =>
      [CardState.Learning, CardState.Relearning, CardState.Review].map((state) =>
        db.schedule.where('[deckId+queue+due]').between([id, state, after], [id, state, Dexie.maxKey], false).first(),
      ),
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
