import { type CardSchedule, CardState, type Rating, type SessionCard, type WriteFailure } from '../model';
import type { ExerciseAnswer } from './exercise';

/**
 * The review session as a pure state machine (state + event → state; time comes in the events), after Anki's
 * `scheduler/states` and `queue/undo.rs`. It owns the card on screen, what the learner typed or revealed, the cards
 * read ahead, the undo stack and the writes still to make. The rules it keeps:
 *
 * - Only the learner moves the screen on: a refreshed queue never replaces the card on screen, it only changes what
 *   comes next (the same card at a newer version may refresh it while it is untouched and face down).
 * - An answer names the card whose back was shown and painted, at the version that was shown.
 * - A grade is optimistic: the next card shows at once, the write follows (`outbox`); a refused or failed write brings
 *   the card back with the reason, and nothing is written twice.
 */

/** What the learner has entered for the card on screen. */
export interface AnswerInput {
  /** A typed command or answer. */
  typed: string;
  /** A manifest's blanks, in order. */
  blanks: string[];
  /** A procedure's order and commands, or a diagnosis picked. */
  exercise: ExerciseAnswer | null;
}

export const EMPTY_INPUT: AnswerInput = { typed: '', blanks: [], exercise: null };

/** Notices the review screen shows; write failures say why nothing was kept. */
export type SessionNotice = WriteFailure | { kind: 'undone' } | { kind: 'buried' } | { kind: 'suspended' };

export type SetAsideHow = 'bury' | 'suspend';

/**
 * A write the storage layer is to make, in order, one at a time. `id` is the session's own sequence number; `input`
 * is what the learner had entered, given back with the card if the write fails.
 */
export type SessionCommand =
  | {
      id: number;
      type: 'answer';
      card: SessionCard;
      input: AnswerInput;
      rating: Rating;
      at: number;
      durationMs: number;
      burySiblings: boolean;
    }
  | { id: number; type: 'set-aside'; card: SessionCard; input: AnswerInput; how: SetAsideHow; at: number }
  /** Takes back the write of command `target` (an answer or an action); its storage token is in `tokens`. */
  | { id: number; type: 'undo'; target: number; card: SessionCard; at: number };

type UndoEntry =
  /** A write of this session (an answer or a set-aside), undone through its command id. */
  | { type: 'write'; commandId: number; card: SessionCard; buriedNote?: string }
  /** An action made outside the session's commands (the More menu), with the storage token that undoes it. */
  | { type: 'action'; token: unknown; card: SessionCard }
  /** A cram answer: nothing was written. */
  | { type: 'cram'; card: SessionCard };

export interface SessionState {
  /** False until the first queue arrives. */
  ready: boolean;
  cram: boolean;
  current: SessionCard | null;
  /** Since when the current card is on screen (for the answer time). */
  shownAt: number;
  /** When its answer was revealed, or null while face down. */
  revealedAt: number | null;
  /** True once the revealed back has been painted: only then is a grade taken. */
  backShown: boolean;
  input: AnswerInput;
  /** The queue as last read, in order (may still hold the card on screen or cards answered since). */
  candidates: SessionCard[];
  /** The version at which each card was answered or set aside in this session: an older read of it is out of date. */
  handled: Record<string, number>;
  /** Notes whose new and review siblings an answer buried (until the store has them buried too). */
  buriedNotes: string[];
  /** Cram progress: cards done, and those answered Again (shown last). */
  crammed: { done: string[]; later: string[] };
  undo: UndoEntry[];
  outbox: SessionCommand[];
  /** What committed writes returned that an undo needs (a log row id, an action's undo record). */
  tokens: Record<number, unknown>;
  nextId: number;
  notice: SessionNotice | null;
}

export type SessionEvent =
  /** A fresh read of the queue (live query or clock tick): cards in the order they would be shown. */
  | { type: 'loaded'; candidates: SessionCard[]; now: number }
  | { type: 'reveal'; now: number }
  /** The revealed back has been painted on screen. */
  | { type: 'back-shown'; key: string; version: number }
  | { type: 'input'; key: string; input: Partial<AnswerInput> }
  /** A rating for the card `key` at `version`, as the screen showed it. */
  | { type: 'grade'; key: string; version: number; rating: Rating; now: number; burySiblings: boolean }
  | { type: 'set-aside'; how: SetAsideHow; now: number }
  /** An action made from the More menu committed; `leaves` when the card no longer belongs on screen. */
  | { type: 'action-applied'; key: string; token: unknown; schedule: CardSchedule; leaves: boolean; now: number }
  | { type: 'undo'; now: number }
  /** A command's write committed; `schedule` is the card's schedule after an undo. */
  | { type: 'committed'; id: number; token?: unknown; schedule?: CardSchedule }
  | { type: 'failed'; id: number; failure: WriteFailure; now: number };

export function initialSession(cram = false, now = 0): SessionState {
  return {
    ready: false,
    cram,
    current: null,
    shownAt: now,
    revealedAt: null,
    backShown: false,
    input: EMPTY_INPUT,
    candidates: [],
    handled: {},
    buriedNotes: [],
    crammed: { done: [], later: [] },
    undo: [],
    outbox: [],
    tokens: {},
    nextId: 1,
    notice: null,
  };
}

const sameCard = (a: SessionCard | null, key: string, version: number) =>
  a !== null && a.schedule.key === key && a.schedule.version === version;

/** Puts `card` on screen face down with nothing entered. */
function show(state: SessionState, card: SessionCard | null, now: number): SessionState {
  return { ...state, current: card, shownAt: now, revealedAt: null, backShown: false, input: EMPTY_INPUT };
}

/** May this card read from the queue come on screen next? */
function mayComeNext(state: SessionState, candidate: SessionCard): boolean {
  const { key, version, noteId, state: fsrsState } = candidate.schedule;
  if (state.current?.schedule.key === key) return false;
  if ((state.handled[key] ?? -1) >= version) return false;
  if (state.cram && state.crammed.done.includes(key)) return false;
  const buryable = fsrsState === CardState.New || fsrsState === CardState.Review;
  return !(buryable && state.buriedNotes.includes(noteId));
}

/** The card that comes after the one on screen, from the queue as last read. */
export function upcomingOf(state: SessionState): SessionCard | null {
  return state.candidates.find((c) => mayComeNext(state, c)) ?? null;
}

/** Moves on to the next card of the queue (or to none: the end of the session for now). */
function advance(state: SessionState, now: number): SessionState {
  return show(state, upcomingOf(state), now);
}

/** Has the learner entered nothing for the card on screen? */
export const nothingEntered = (input: AnswerInput) => input.typed === '' && input.blanks.every((b) => b === '') && input.exercise === null;

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'loaded': {
      const next = { ...state, ready: true, candidates: event.candidates };
      const { current } = state;
      if (current === null) return advance(next, event.now);
      // The same card at a newer version (edited, or restored by an undo) refreshes it while it is untouched.
      const fresher = event.candidates.find(
        (c) => c.schedule.key === current.schedule.key && c.schedule.version > current.schedule.version,
      );
      if (fresher && state.revealedAt === null && nothingEntered(state.input)) return { ...next, current: fresher };
      return next;
    }
    case 'reveal':
      if (state.current === null || state.revealedAt !== null) return state;
      return { ...state, revealedAt: event.now, backShown: false };
    case 'back-shown':
      if (!sameCard(state.current, event.key, event.version) || state.revealedAt === null) return state;
      return { ...state, backShown: true };
    case 'input':
      if (state.current?.schedule.key !== event.key || state.revealedAt !== null) return state;
      return { ...state, input: { ...state.input, ...event.input } };
    case 'grade':
      return grade(state, event);
    case 'set-aside': {
      const card = state.current;
      if (card === null || state.cram) return state;
      const id = state.nextId;
      const handled = { ...state.handled, [card.schedule.key]: card.schedule.version };
      return advance(
        {
          ...state,
          nextId: id + 1,
          handled,
          outbox: [...state.outbox, { id, type: 'set-aside', card, input: state.input, how: event.how, at: event.now }],
          undo: [...state.undo, { type: 'write', commandId: id, card }],
          notice: { kind: event.how === 'bury' ? 'buried' : 'suspended' },
        },
        event.now,
      );
    }
    case 'action-applied': {
      const { current } = state;
      if (current === null || current.schedule.key !== event.key) return state;
      const undo: UndoEntry[] = [...state.undo, { type: 'action', token: event.token, card: current }];
      if (!event.leaves) return { ...state, undo, current: { ...current, schedule: event.schedule } };
      const handled = { ...state.handled, [event.key]: event.schedule.version };
      return advance({ ...state, undo, handled }, event.now);
    }
    case 'undo':
      return undoLast(state, event.now);
    case 'committed':
      return committed(state, event);
    case 'failed':
      return failed(state, event);
  }
}

function grade(state: SessionState, event: Extract<SessionEvent, { type: 'grade' }>): SessionState {
  const card = state.current;
  // Only the card on screen, at the version shown, with its back painted: never a card the learner did not see.
  if (card === null || !sameCard(card, event.key, event.version) || state.revealedAt === null || !state.backShown) return state;
  if (state.cram) {
    // Cramming writes nothing: Again sends the card to the end, any other answer takes it out of this session.
    const key = card.schedule.key;
    const later = state.crammed.later.filter((k) => k !== key);
    const crammed =
      event.rating === 1 ? { done: state.crammed.done, later: [...later, key] } : { done: [...state.crammed.done, key], later };
    const candidates = event.rating === 1 ? [...state.candidates.filter((c) => c.schedule.key !== key), card] : state.candidates;
    return advance({ ...state, crammed, candidates, undo: [...state.undo, { type: 'cram', card }], notice: null }, event.now);
  }
  const id = state.nextId;
  const buriedNote = event.burySiblings ? card.schedule.noteId : undefined;
  const command: SessionCommand = {
    id,
    type: 'answer',
    card,
    input: state.input,
    rating: event.rating,
    at: event.now,
    durationMs: Math.max(0, event.now - state.shownAt),
    burySiblings: event.burySiblings,
  };
  return advance(
    {
      ...state,
      nextId: id + 1,
      handled: { ...state.handled, [card.schedule.key]: card.schedule.version },
      buriedNotes: buriedNote ? [...state.buriedNotes, buriedNote] : state.buriedNotes,
      outbox: [...state.outbox, command],
      undo: [...state.undo, { type: 'write', commandId: id, card, ...(buriedNote ? { buriedNote } : {}) }],
      notice: null,
    },
    event.now,
  );
}

/** Puts `card` back on screen face down (with what the learner had entered); the card it displaces comes next. */
function bringBack(state: SessionState, card: SessionCard, now: number, input = EMPTY_INPUT): SessionState {
  const displaced = state.current && state.current.schedule.key !== card.schedule.key ? [state.current] : [];
  const key = card.schedule.key;
  const { [key]: _, ...handled } = state.handled;
  const candidates = [...displaced, ...state.candidates.filter((c) => c.schedule.key !== key)];
  return { ...show({ ...state, handled, candidates }, card, now), input };
}

function undoLast(state: SessionState, now: number): SessionState {
  const entry = state.undo.at(-1);
  if (entry === undefined) return state;
  const rest = { ...state, undo: state.undo.slice(0, -1), notice: { kind: 'undone' } as const };
  if (entry.type === 'cram') {
    const key = entry.card.schedule.key;
    const crammed = { done: state.crammed.done.filter((k) => k !== key), later: state.crammed.later.filter((k) => k !== key) };
    return bringBack({ ...rest, crammed }, entry.card, now);
  }
  const id = state.nextId;
  const target = entry.type === 'write' ? entry.commandId : -id;
  const tokens = entry.type === 'action' ? { ...state.tokens, [target]: entry.token } : state.tokens;
  const buriedNotes = entry.type === 'write' && entry.buriedNote ? without(state.buriedNotes, entry.buriedNote) : state.buriedNotes;
  const command: SessionCommand = { id, type: 'undo', target, card: entry.card, at: now };
  return bringBack({ ...rest, nextId: id + 1, tokens, buriedNotes, outbox: [...state.outbox, command] }, entry.card, now);
}

/** `list` without one occurrence of `item`. */
function without(list: string[], item: string): string[] {
  const at = list.indexOf(item);
  return at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
}

function committed(state: SessionState, event: Extract<SessionEvent, { type: 'committed' }>): SessionState {
  const command = state.outbox.find((c) => c.id === event.id);
  if (command === undefined) return state;
  const outbox = state.outbox.filter((c) => c.id !== event.id);
  if (command.type !== 'undo') {
    // Keep what undoing this write will need, while an undo entry or a queued undo still refers to it.
    const wanted =
      state.undo.some((u) => u.type === 'write' && u.commandId === event.id) ||
      outbox.some((c) => c.type === 'undo' && c.target === event.id);
    return { ...state, outbox, tokens: wanted ? { ...state.tokens, [event.id]: event.token } : state.tokens };
  }
  const { [command.target]: _, ...tokens } = state.tokens;
  const { current } = state;
  // The restored card is on screen at the version the undo wrote, so that answering it again is not refused.
  const restored =
    current && event.schedule && current.schedule.key === event.schedule.key ? { ...current, schedule: event.schedule } : current;
  return { ...state, outbox, tokens, current: restored };
}

function failed(state: SessionState, event: Extract<SessionEvent, { type: 'failed' }>): SessionState {
  const command = state.outbox.find((c) => c.id === event.id);
  if (command === undefined) return state;
  const outbox = state.outbox.filter((c) => c.id !== event.id);
  const notice = event.failure;
  if (command.type === 'undo') {
    // The card changed elsewhere since: what is on screen is out of date, the queue as stored decides.
    const onScreen = state.current?.schedule.key === command.card.schedule.key;
    const next = { ...state, outbox, notice, tokens: withoutKey(state.tokens, command.target) };
    return onScreen ? advance(next, event.now) : next;
  }
  const key = command.card.schedule.key;
  const undo = state.undo.filter((u) => !(u.type === 'write' && u.commandId === command.id));
  const queuedUndo = outbox.find((c) => c.type === 'undo' && c.target === command.id);
  const buriedNotes =
    command.type === 'answer' && command.burySiblings && !queuedUndo
      ? without(state.buriedNotes, command.card.schedule.noteId)
      : state.buriedNotes;
  const rest = { ...state, undo, buriedNotes, notice, outbox: outbox.filter((c) => c !== queuedUndo) };
  // Already taken back by the learner: nothing to bring back.
  if (queuedUndo) return rest;
  // A stale card changed in another tab: its old version cannot be answered; the queue as stored decides.
  if (event.failure.kind === 'stale') return { ...rest, handled: withoutKey(state.handled, key) };
  return bringBack(rest, command.card, event.now, command.input);
}

function withoutKey<T>(record: Record<string | number, T>, key: string | number): Record<string, T> {
  const { [key]: _, ...rest } = record;
  return rest;
}
