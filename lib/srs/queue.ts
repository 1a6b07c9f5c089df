import { CardState } from '../model';
import type { StudyDay } from './studyDay';

/** What the queue needs to know of a card: its schedule, never its content. */
export interface QueueCard {
  cardId: string;
  noteId: string;
  state: CardState;
  due: number;
  ord: number;
  topic?: string;
}

export interface QueueLimits {
  newPerDay: number;
  reviewsPerDay: number;
  /** Learning cards due within this much time are shown when nothing else is left (Anki's learn-ahead). */
  learnAheadMs: number;
  burySiblings: boolean;
  /** New cards in note order, shuffled (stable within a day), or taking turns across topics. */
  newOrder?: 'notes' | 'random' | 'topic';
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = {
  newPerDay: 20,
  reviewsPerDay: 200,
  learnAheadMs: 20 * 60_000,
  burySiblings: true,
  newOrder: 'notes',
};

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
  /**
   * How many review and new cards are available in all, when the lists above are only the first few of them (the
   * database reads a window and counts the rest). Without it, the lists are taken as complete.
   */
  available?: { review: number; new: number; learning?: number };
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
  const available = input.available;
  return {
    cards,
    counts: {
      new: available ? Math.min(newRoom, available.new) : newCards.length,
      learning: available?.learning ?? learning.length,
      review: available ? Math.min(reviewRoom, available.review) : reviews.length,
    },
    nextLearningDue: cards.length === 0 && waiting.length > 0 ? waiting[0].due : null,
  };
}

/** True when a card answered in this state counts against the daily new limit. */
export const countsAsNew = (state: CardState) => state === CardState.New;
/** True when it counts against the daily review limit (lapses included, as in Anki). */
export const countsAsReview = (state: CardState) => state === CardState.Review;

/** A number from a string, stable across runs: the daily shuffle of new cards. */
function shuffleKey(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** New cards in the learner's chosen order. `topic` takes one card from each topic in turn (in note order). */
export function orderNewCards(cards: readonly QueueCard[], order: 'notes' | 'random' | 'topic', dayKey: string): QueueCard[] {
  const byNotes = [...cards].sort((a, b) => a.ord - b.ord);
  if (order === 'random') return byNotes.sort((a, b) => shuffleKey(`${dayKey}:${a.cardId}`) - shuffleKey(`${dayKey}:${b.cardId}`));
  if (order === 'notes') return byNotes;
  const topics = new Map<string, QueueCard[]>();
  for (const card of byNotes) topics.set(card.topic ?? '', [...(topics.get(card.topic ?? '') ?? []), card]);
  const lanes = [...topics.values()];
  const out: QueueCard[] = [];
  for (let i = 0; out.length < byNotes.length; i++) for (const lane of lanes) if (lane[i]) out.push(lane[i]);
  return out;
}
