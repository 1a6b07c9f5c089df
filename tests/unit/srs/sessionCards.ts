import { CardState, newMemoryState, type SessionCard } from '../../../lib/model';
import { initialSession, type SessionEvent, type SessionState, sessionReducer } from '../../../lib/srs/session';

export const T0 = Date.UTC(2026, 5, 10, 12);

/** A card of the deck `k8s` as the session reads it: `id` like `a#1` (note `a`), at a schedule version. */
export function sessionCard(id: string, { version = 0, state = CardState.New as CardState, due = T0 } = {}): SessionCard {
  const key = `k8s/${id}`;
  const noteId = id.split('#')[0];
  const path = { path: 'cards/en/x.md', line: 1 };
  return {
    card: {
      key,
      deckId: 'k8s',
      id,
      noteId,
      ord: 0,
      topic: '1.1',
      tags: [],
      source: { en: path, zh: path },
      sources: [],
      kind: 'basic',
      content: { en: { front: `front ${id}`, back: 'back' }, zh: { front: `正面 ${id}`, back: '背面' } },
    },
    schedule: { ...newMemoryState(T0), state, due, key, deckId: 'k8s', noteId, topic: '1.1', ord: 0, active: 1, version },
  };
}

/** Applies events in order. */
export const play = (events: SessionEvent[], from: SessionState = initialSession(false, T0)) => events.reduce(sessionReducer, from);

/** The events of looking at the card on screen: reveal it, and its back is painted. */
export function lookAt(state: SessionState, now: number): SessionEvent[] {
  const current = state.current;
  if (current === null) throw new Error('no card on screen');
  return [
    { type: 'reveal', now },
    { type: 'back-shown', key: current.schedule.key, version: current.schedule.version },
  ];
}

/** Grades the card on screen as the screen would (with its key and version). */
export function gradeOnScreen(state: SessionState, rating: 1 | 2 | 3 | 4, now: number, burySiblings = false): SessionEvent {
  const current = state.current;
  if (current === null) throw new Error('no card on screen');
  return { type: 'grade', key: current.schedule.key, version: current.schedule.version, rating, now, burySiblings };
}

/** Reveals, waits for the paint, and grades the card on screen. */
export const answer = (state: SessionState, rating: 1 | 2 | 3 | 4, now: number, burySiblings = false) =>
  play([...lookAt(state, now), gradeOnScreen(state, rating, now + 1, burySiblings)], state);

export const keyOf = (state: SessionState) => state.current?.card.id ?? null;
