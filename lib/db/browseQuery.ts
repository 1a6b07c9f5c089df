import { CardState } from '../model';
import { Parked, type ScheduleRecord } from './schema';

export type BrowseState = 'new' | 'learning' | 'review' | 'suspended' | 'buried' | 'leech';
export type BrowseSort = 'order' | 'due' | 'interval' | 'difficulty' | 'lapses';

export interface BrowseQuery {
  text?: string;
  /** One deck and its sub-decks. */
  deckId?: string;
  /** The decks `deckId` stands for (it and its sub-decks), filled in by browseCards. */
  deckIds?: readonly string[];
  topic?: string;
  tag?: string;
  kind?: string;
  state?: BrowseState;
  /** Due within this many days from now (negative: overdue by at least). */
  dueFromDays?: number;
  dueToDays?: number;
  /** Retrievability now below this (0–1). */
  retrievabilityBelow?: number;
  sort?: BrowseSort;
  /** The sort's order reversed (largest interval, difficulty or lapses first is the default). */
  descending?: boolean;
  limit?: number;
}

const DAY = 86_400_000;

/** The queues (see `queueOf`) a state filter reads; leeches are in any queue, so they have none. */
export const QUEUES_OF: Record<Exclude<BrowseState, 'leech'>, number[]> = {
  new: [CardState.New],
  learning: [CardState.Learning, CardState.Relearning],
  review: [CardState.Review],
  suspended: [Parked.Suspended],
  buried: [Parked.Buried],
};
/** Due filters leave new cards out (their due time means nothing), so a due range is read from these queues. */
export const STUDIED_QUEUES = [CardState.Learning, CardState.Review, CardState.Relearning, Parked.Suspended, Parked.Buried];
export const ALL_QUEUES = [CardState.New, ...STUDIED_QUEUES];

export const hasDueRange = (query: BrowseQuery) => query.dueFromDays !== undefined || query.dueToDays !== undefined;

/** The due range as instants; open ends are infinite (valid IndexedDB keys). */
export function dueRange(query: BrowseQuery, now: number): [number, number] {
  return [
    query.dueFromDays === undefined ? -Infinity : now + query.dueFromDays * DAY,
    query.dueToDays === undefined ? Infinity : now + query.dueToDays * DAY,
  ];
}

/** The sort key of a schedule row (ascending; ties go in note order). New cards have no due time: they come last. */
export const SORT_KEY: Record<BrowseSort, (s: ScheduleRecord) => number> = {
  order: (s) => s.ord,
  due: (s) => (s.state === CardState.New ? Number.POSITIVE_INFINITY : s.due),
  interval: (s) => -s.scheduledDays,
  difficulty: (s) => -s.difficulty,
  lapses: (s) => -s.lapses,
};

function stateMatches(s: ScheduleRecord, state: BrowseState): boolean {
  if (state === 'leech') return s.leech === 1;
  return (QUEUES_OF[state] as readonly number[]).includes(s.queue ?? Number.NaN);
}

/** Does this schedule row pass the query's schedule filters (all but retrievability)? Retired cards never do. */
export function scheduleMatches(s: ScheduleRecord, query: BrowseQuery, now: number): boolean {
  if (s.active !== 1) return false;
  if (query.deckIds ? !query.deckIds.includes(s.deckId) : query.deckId && s.deckId !== query.deckId) return false;
  if (query.topic && s.topic !== query.topic && !s.topic.startsWith(`${query.topic}.`)) return false;
  if (query.state && !stateMatches(s, query.state)) return false;
  if (!hasDueRange(query)) return true;
  const [from, to] = dueRange(query, now);
  return s.state !== CardState.New && s.due >= from && s.due <= to;
}
