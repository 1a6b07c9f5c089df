import type { ReviewLogRecord, ScheduleRecord } from '../../db';
import { CardState, type MemoryState } from '../../model';

const DAY = 86_400_000;

/** A card's scheduling columns in Anki's `cards` table. */
export interface AnkiCardSchedule {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  flags: number;
  data: string;
}

/** A new card at its place in the new-card order (Anki's `due` of a new card is its position). */
export const newCardSchedule = (position: number): AnkiCardSchedule => ({
  type: 0,
  queue: 0,
  due: position,
  ivl: 0,
  factor: 0,
  reps: 0,
  lapses: 0,
  left: 0,
  flags: 0,
  data: '',
});

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
/** Anki's day number: whole days since the collection's creation (`crt`, ms here). */
export const dayNumber = (at: number, crtMs: number) => Math.floor((at - crtMs) / DAY);

/**
 * Where our schedule leaves a card, in Anki's terms: review cards due on a day number; learning cards due within a day
 * in epoch seconds (queue 1), later ones on a day number (queue 3); set-aside cards suspended (-1) or buried (-3).
 * The FSRS memory state goes in `data` as Anki keeps it (`s`, `d`, `dr`, `lrt`).
 */
export function cardSchedule(s: ScheduleRecord, position: number, crtMs: number, now: number, retention: number): AnkiCardSchedule {
  const flags = s.flag ?? 0;
  const parked = s.suspended === 1 ? -1 : (s.buriedUntil ?? 0) > now ? -3 : null;
  if (s.state === CardState.New) {
    const card = newCardSchedule(position);
    return { ...card, queue: parked ?? card.queue, flags };
  }
  const memory =
    s.stability > 0
      ? {
          s: round(s.stability, 4),
          d: round(s.difficulty, 3),
          dr: round(retention, 2),
          ...(s.lastReview !== null ? { lrt: Math.floor(s.lastReview / 1000) } : {}),
        }
      : null;
  const common = { reps: s.reps, lapses: s.lapses, factor: 2500, flags, data: memory ? JSON.stringify(memory) : '' };
  if (s.state === CardState.Review) {
    return { ...common, type: 2, queue: parked ?? 2, due: dayNumber(s.due, crtMs), ivl: Math.max(1, s.scheduledDays), left: 0 };
  }
  const withinDay = s.due - (s.lastReview ?? now) < DAY;
  return {
    ...common,
    type: s.state === CardState.Learning ? 1 : 3,
    queue: parked ?? (withinDay ? 1 : 3),
    due: withinDay ? Math.floor(s.due / 1000) : dayNumber(s.due, crtMs),
    ivl: s.state === CardState.Relearning ? Math.max(1, s.scheduledDays) : 0,
    left: 1,
  };
}

/** One row of Anki's `revlog` (its id is the answer's time in ms, made unique by the caller). */
export interface AnkiRevlog {
  id: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

/** Anki's interval: whole days once a card is scheduled a day or more ahead, else negative seconds. */
function intervalOf(state: MemoryState, from: number): number {
  if (state.state === CardState.New) return 0;
  if (state.scheduledDays >= 1) return state.scheduledDays;
  return -Math.max(1, Math.round((state.due - from) / 1000));
}

const MAX_TIME_MS = 60 * 60_000;

/**
 * One card's log (in the order answered) as Anki revlog rows. An answer's type is the state it was given in
 * (learn 0, review 1, relearn 2); a "forget" is a manual entry (4), a due-date change a reschedule (5), both with ease 0.
 * The interval an answer gave is read from the state the next entry starts from (or the card's schedule for the last).
 */
export function revlogRows(log: readonly ReviewLogRecord[], schedule: MemoryState): AnkiRevlog[] {
  return log.map((row, i) => {
    const after = log[i + 1]?.before ?? schedule;
    const ivl = intervalOf(after, row.review);
    const lastIvl = intervalOf(row.before, row.before.lastReview ?? row.review);
    const factor = after.state === CardState.New ? 0 : 2500;
    if (row.kind === 'forget' || row.kind === 'reschedule')
      return { id: row.review, ease: 0, ivl, lastIvl, factor, time: 0, type: row.kind === 'forget' ? 4 : 5 };
    const type = row.before.state === CardState.Review ? 1 : row.before.state === CardState.Relearning ? 2 : 0;
    const time = Math.max(0, Math.min(MAX_TIME_MS, Math.round(row.durationMs)));
    return { id: row.review, ease: row.rating, ivl, lastIvl, factor, time, type };
  });
}
