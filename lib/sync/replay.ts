import { CardState, type LogEvent, type MemoryState, memoryStateOf, newMemoryState } from '../model';
import type { Scheduler } from '../srs';
import { replayOrder } from './globalId';

/** The marks of a card that its log can set (the rest of the schedule row is its memory state). */
export interface CardMarks {
  suspended: 0 | 1;
  leech: 0 | 1;
  flag: number;
  buriedUntil: number;
}

/** A card's schedule as its merged log gives it. */
export interface ReplayedCard {
  /**
   * `null` when no event of its log changes it (marks only): it stays as the device has it. A card whose every answer
   * was undone is new again, due from the first of them (a new card's own due is when it was added on each device).
   */
  memory: MemoryState | null;
  /**
   * The marks some event of the log set (an undone one too: taking it back sets the mark back). A mark no event ever
   * set is the device's own (set before marks were logged) and is left out.
   */
  marks: Partial<CardMarks>;
}

export interface Replay {
  cards: Map<string, ReplayedCard>;
  /** The state before each surviving event that had one, by gid (what an undo on this device restores). */
  before: Map<string, MemoryState>;
}

const NO_MARKS: CardMarks = { suspended: 0, leech: 0, flag: 0, buriedUntil: 0 };

/** The marks an event sets. */
function marksOf(event: LogEvent): Partial<CardMarks> {
  switch (event.kind) {
    case 'review':
      return event.leech ? { leech: 1, ...(event.leech === 'suspend' ? { suspended: 1 } : {}) } : {};
    case 'suspend':
      return { suspended: 1 };
    case 'unsuspend':
      return { suspended: 0, leech: 0 };
    case 'flag':
      return { flag: event.flag };
    case 'bury':
      return { buriedUntil: event.until };
    default:
      return {};
  }
}

const changesMemory = (event: LogEvent) => event.kind === 'review' || event.kind === 'forget' || event.kind === 'reschedule';

/** The one copy of each gid, chosen the same way on every device should two copies ever differ. */
function uniqueEvents(events: readonly LogEvent[]): LogEvent[] {
  const byGid = new Map<string, { event: LogEvent; json: string }>();
  for (const event of events) {
    const json = JSON.stringify(event);
    const kept = byGid.get(event.gid);
    if (!kept || json < kept.json) byGid.set(event.gid, { event, json });
  }
  return [...byGid.values()].map((kept) => kept.event).sort(replayOrder);
}

function applyEvent(state: MemoryState, event: LogEvent, schedulerOf: (params: string) => Scheduler): MemoryState {
  switch (event.kind) {
    case 'review':
      return memoryStateOf(schedulerOf(event.params).grade(state, event.at, event.rating));
    case 'forget':
      return newMemoryState(event.at);
    case 'reschedule':
      return {
        ...state,
        due: event.due,
        scheduledDays: event.scheduledDays,
        state: state.state === CardState.New ? CardState.Review : state.state,
      };
    default:
      return state;
  }
}

/**
 * Rebuilds the schedules of the cards in `events` from their merged log: duplicates (the same gid) count once, undone
 * events not at all, the rest in `replayOrder`. The same set of events, in any order, gives the same result.
 * `schedulerOf` turns a params id into its scheduler; it throws if the id is unknown. `from`: where cards stand after
 * their earlier events, to go on from there with later ones only (what replaying all of them would give).
 */
export function replayLog(
  events: readonly LogEvent[],
  schedulerOf: (params: string) => Scheduler,
  from: ReadonlyMap<string, ReplayedCard> = new Map(),
): Replay {
  const unique = uniqueEvents(events);
  const undone = new Set(unique.flatMap((event) => (event.kind === 'undo' ? [event.target] : [])));
  const cards = new Map<string, ReplayedCard>();
  const before = new Map<string, MemoryState>();
  // Every mark some event sets starts from "not marked", so that an undone event leaves it as if never made.
  // A card with answers starts new, from the first of them, so that undoing them all leaves it new.
  for (const event of unique) {
    const card = cards.get(event.cardKey) ?? from.get(event.cardKey) ?? { memory: null, marks: {} };
    const set = Object.keys(marksOf(event)) as (keyof CardMarks)[];
    const memory = card.memory ?? (changesMemory(event) ? newMemoryState(event.at) : null);
    cards.set(event.cardKey, { memory, marks: { ...Object.fromEntries(set.map((mark) => [mark, NO_MARKS[mark]])), ...card.marks } });
  }
  for (const event of unique) {
    if (event.kind === 'undo' || undone.has(event.gid)) continue;
    const card = cards.get(event.cardKey) as ReplayedCard;
    const marks = { ...card.marks, ...marksOf(event) };
    if (!changesMemory(event)) {
      if (card.memory) before.set(event.gid, card.memory);
      cards.set(event.cardKey, { ...card, marks });
      continue;
    }
    // Set by the loop above: the card has this event.
    const current = card.memory as MemoryState;
    before.set(event.gid, current);
    cards.set(event.cardKey, { memory: event.settled ?? applyEvent(current, event, schedulerOf), marks });
  }
  return { cards, before };
}
