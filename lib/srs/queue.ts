import { CardState } from '../model';
import type { StudyDay } from './studyDay';

/** What the queue needs to know of a card: its schedule, never its content. */
export interface QueueCard {
  cardId: string;
  noteId: string;
  state: CardState;
  due: number;
  ord: number;
}

export interface QueueLimits {
  newPerDay: number;
  reviewsPerDay: number;
  /** Learning cards due within this much time are shown when nothing else is left (Anki's learn-ahead). */
  learnAheadMs: number;
  burySiblings: boolean;
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = { newPerDay: 20, reviewsPerDay: 200, learnAheadMs: 20 * 60_000, burySiblings: true };

export interface QueueInput {
  now: number;
  day: StudyDay;
  /** Learning and relearning cards due before the end of the study day. */
  learning: QueueCard[];
  /** Review cards due before the end of the study day. */
  reviews: QueueCard[];
  /** New cards in note order; enough of them to fill the limit after burying. */
  newCards: QueueCard[];
  /** What was answered since the study day started. */
  doneToday: { newCount: number; reviewCount: number; noteIds: ReadonlySet<string> };
  limits: QueueLimits;
}

export interface Queue {
  /** Cards in the order they will be shown. */
  cards: QueueCard[];
  counts: { new: number; learning: number; review: number };
  /** When the next learning card of today becomes due, if the queue is empty for now. */
  nextLearningDue: number | null;
}

/** Anki's order: due learning cards, then due reviews, then new cards in note order; daily limits; siblings buried. */
export function buildQueue(input: QueueInput): Queue {
  const { now, limits, doneToday } = input;
  const byDue = (a: QueueCard, b: QueueCard) => a.due - b.due || a.ord - b.ord;
  const learning = [...input.learning].sort(byDue);
  const seenNotes = new Set(limits.burySiblings ? doneToday.noteIds : []);
  const unburied = (card: QueueCard) => {
    if (!limits.burySiblings) return true;
    if (seenNotes.has(card.noteId)) return false;
    seenNotes.add(card.noteId);
    return true;
  };
  for (const card of learning) seenNotes.add(card.noteId);

  const reviewRoom = Math.max(0, limits.reviewsPerDay - doneToday.reviewCount);
  const reviews = [...input.reviews].sort(byDue).filter(unburied).slice(0, reviewRoom);
  const newRoom = Math.max(0, limits.newPerDay - doneToday.newCount);
  const newCards = [...input.newCards]
    .sort((a, b) => a.ord - b.ord)
    .filter(unburied)
    .slice(0, newRoom);

  const dueNow = learning.filter((card) => card.due <= now);
  const later = learning.filter((card) => card.due > now);
  const aheadLimit = now + limits.learnAheadMs;
  const aheadNow = later.filter((card) => card.due <= aheadLimit);
  const cards = [...dueNow, ...reviews, ...newCards, ...aheadNow];
  const waiting = later.filter((card) => card.due > aheadLimit);
  return {
    cards,
    counts: { new: newCards.length, learning: learning.length, review: reviews.length },
    nextLearningDue: cards.length === 0 && waiting.length > 0 ? waiting[0].due : null,
  };
}

/** True when a card answered in this state counts against the daily new limit. */
export const countsAsNew = (state: CardState) => state === CardState.New;
/** True when it counts against the daily review limit (lapses included, as in Anki). */
export const countsAsReview = (state: CardState) => state === CardState.Review;
