import { CardState, type LogEvent, type MemoryState, memoryStateOf, newMemoryState } from '../model';
import type { Scheduler } from '../srs';
import { replayOrder } from './globalId';

/** A card's schedule as its merged log gives it. */
export interface ReplayedCard {
  memory: MemoryState;
  /** The leech mark of the latest answer that made one (undone answers take theirs with them). */
  leech: 'tag' | 'suspend' | null;
}

export interface Replay {
  /** Per card; `null` when every event of the card was undone (it is new again, as if never answered). */
  cards: Map<string, ReplayedCard | null>;
  /** The state before each surviving event, by gid (what an undo on this device restores). */
  before: Map<string, MemoryState>;
}

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
    case 'undo':
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
  const cards = new Map<string, ReplayedCard | null>();
  const before = new Map<string, MemoryState>();
  for (const event of unique) {
    if (!cards.has(event.cardKey)) cards.set(event.cardKey, from.get(event.cardKey) ?? null);
    if (event.kind === 'undo' || undone.has(event.gid)) continue;
    const current = cards.get(event.cardKey) ?? { memory: newMemoryState(event.at), leech: null };
    before.set(event.gid, current.memory);
    const leech = event.kind === 'review' && event.leech ? event.leech : current.leech;
    cards.set(event.cardKey, { memory: event.settled ?? applyEvent(current.memory, event, schedulerOf), leech });
  }
  return { cards, before };
}
