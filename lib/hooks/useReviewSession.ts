'use client';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { type CustomQueues, loadSession, needsCustomQueue, releaseBuried, type SessionRead, writeFailureOf } from '../db';
import type { ExamDomain, MemoryState, Rating, SessionCard } from '../model';
import {
  type AnswerInput,
  initialSession,
  type SessionCommand,
  type SessionNotice,
  type SetAsideHow,
  sessionReducer,
} from '../srs/session';
import { queueLimitsOf } from '../srs/studySettings';
import { afterNextPaint, usePaintedOnce } from './afterNextPaint';
import type { ActionUndoToken } from './cardActions';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import type { UndoToken, WriteContext } from './sessionWrites';
import { today, useDeckStudySettings } from './studySettings';
import { type SchedulerLoad, useScheduler } from './useScheduler';

export type { SessionNotice };

/** The review loop as the screen sees it: wiring from storage (live queue, writes) to the pure session reducer. */
export interface ReviewSession {
  /** False until the first queue has been read. */
  ready: boolean;
  counts: SessionRead['counts'] | undefined;
  /** When the next card falls due, if none is left now. */
  nextDue: number | null;
  /** The moment the queue on screen was read for (undefined before the first read). */
  readAt: number | undefined;
  /** The card on screen. */
  current: SessionCard | null;
  revealed: boolean;
  /** Since when the card on screen is shown (the answer timer counts from here). */
  shownAt: number;
  /** Cards answered or set aside in this session and not undone (for its progress). */
  handled: number;
  /** The revealed back has been painted: a grade is taken from now on. */
  answerable: boolean;
  reveal(): void;
  input: AnswerInput;
  setInput(input: Partial<AnswerInput>): void;
  /** What each button would give for the current card, computed (at `at`) when the answer is shown. */
  preview: { at: number; states: Record<Rating, MemoryState> } | null;
  now: number;
  /**
   * Rates the card on screen; a gesture names the card it began on (`shown`), and the session refuses the rating if
   * that card is no longer on screen.
   */
  answer(rating: Rating, shown?: { key: string; version: number }): void;
  canUndo: boolean;
  undo(): void;
  /** An action made from the More menu on the card on screen (it joins the undo stack). */
  recordAction(undo: ActionUndoToken, leaves: boolean): void;
  /** Bury the card on screen until the next study day, or suspend it (the `-` and `@` keys, as in Anki); undoable. */
  setAside(how: SetAsideHow): void;
  notice: SessionNotice | null;
  /** Writes not yet committed. */
  pending: number;
  /** The scheduler's code failed to load: the screen says so where the rating buttons would be, with a retry. */
  scheduler: Pick<SchedulerLoad, 'missing' | 'retry'>;
}

/** The clock ticks so that learning cards fall due while the screen is open. */
const TICK_MS = 15_000;

export interface ReviewOptions {
  deckId: string;
  topic?: string;
  domain?: ExamDomain;
  aheadDays?: number;
  /** Cram: answers are kept in this session only; the schedule is not touched. */
  cram?: boolean;
}

export function useReviewSession({ deckId, topic, domain, aheadDays, cram = false }: ReviewOptions): ReviewSession {
  const [state, dispatch] = useReducer(sessionReducer, cram, (c) => initialSession(c, Date.now()));
  const [tick, setTick] = useState(() => Date.now());
  // The deck's preset (its limits and retention) applies to the whole session, sub-decks included.
  const settings = useDeckStudySettings(deckId);
  useEffect(() => {
    // Siblings buried yesterday come back; then the clock ticks so learning cards fall due.
    void releaseBuried(getDb(), Date.now());
    const timer = setInterval(() => setTick(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // The queue, read live: another tab's answers and the deck's updates show up; the reducer decides what they change.
  const crammed = cram ? state.crammed : undefined;
  const custom = useCustomQueues(needsCustomQueue({ topic, domain, aheadDays, cram }));
  const read = useLiveQuery(
    () =>
      custom === undefined
        ? undefined
        : loadSession(
            getDb(),
            {
              deckId,
              ...(topic ? { topic } : {}),
              ...(domain ? { domain } : {}),
              ...(aheadDays ? { aheadDays } : {}),
              ...(crammed ? { cram: crammed } : {}),
            },
            tick,
            today(tick, settings.rolloverHour),
            queueLimitsOf(settings),
            custom,
          ),
    [deckId, topic, domain, aheadDays, crammed, tick, settings, custom],
  );
  useEffect(() => {
    if (read) dispatch({ type: 'loaded', candidates: read.candidates, now: Date.now() });
  }, [read]);

  // A grade is taken only for a back that has been painted: after the frame that shows it.
  const { current, revealedAt, backShown } = state;
  useEffect(() => {
    if (current === null || revealedAt === null || backShown) return;
    const { key, version } = current.schedule;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => dispatch({ type: 'back-shown', key, version }));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [current, revealedAt, backShown]);

  // ts-fsrs is needed only once an answer shows or a write waits: it loads after the first card is painted.
  const firstCardPainted = usePaintedOnce(current !== null);
  const schedulerLoad = useScheduler(settings, firstCardPainted || state.outbox.length > 0);
  const { scheduler } = schedulerLoad;
  useWriter(state.outbox, state.tokens, { scheduler, settings }, dispatch);

  const preview = useMemo(
    () =>
      revealedAt !== null && current && scheduler ? { at: revealedAt, states: scheduler.preview(current.schedule, revealedAt) } : null,
    [revealedAt, current, scheduler],
  );
  const key = current?.schedule.key;
  const version = current?.schedule.version;
  const burySiblings = settings.burySiblings;
  const answer = useCallback(
    (rating: Rating, shown = key !== undefined && version !== undefined ? { key, version } : undefined) => {
      if (shown) dispatch({ type: 'grade', ...shown, rating, now: Date.now(), burySiblings });
    },
    [key, version, burySiblings],
  );
  return {
    ready: state.ready,
    counts: read?.counts,
    nextDue: read?.nextDue ?? null,
    readAt: read?.readAt,
    current,
    revealed: revealedAt !== null,
    shownAt: state.shownAt,
    handled: state.undo.filter((entry) => entry.type !== 'action').length,
    answerable: revealedAt !== null && backShown,
    reveal: useCallback(() => dispatch({ type: 'reveal', now: Date.now() }), []),
    input: state.input,
    setInput: useCallback((input: Partial<AnswerInput>) => key !== undefined && dispatch({ type: 'input', key, input }), [key]),
    preview,
    now: tick,
    answer,
    canUndo: state.undo.length > 0,
    undo: useCallback(() => dispatch({ type: 'undo', now: Date.now() }), []),
    recordAction: useCallback(
      (undo: ActionUndoToken, leaves: boolean) =>
        dispatch({
          type: 'action-applied',
          key: undo.key,
          token: { kind: 'action', undo, generation: undo.generation } satisfies UndoToken,
          schedule: undo.after,
          leaves,
          now: Date.now(),
        }),
      [],
    ),
    setAside: useCallback((how: SetAsideHow) => dispatch({ type: 'set-aside', how, now: Date.now() }), []),
    notice: state.notice,
    pending: state.outbox.length,
    scheduler: { missing: schedulerLoad.missing, retry: schedulerLoad.retry },
  };
}

/**
 * The custom queues when the session needs them (undefined while they load), null when it does not: a plain review
 * does not load them with its first card.
 */
function useCustomQueues(needed: boolean): CustomQueues | null | undefined {
  const [loaded, setLoaded] = useState<CustomQueues | undefined>(undefined);
  useEffect(() => {
    if (needed) void import('../db/customQueues').then(setLoaded);
  }, [needed]);
  return needed ? loaded : null;
}

/** Makes the session's writes one at a time, in order, each in its own transaction, and reports how each ended. */

function useWriter(
  outbox: readonly SessionCommand[],
  tokens: Readonly<Record<number, unknown>>,
  { scheduler, settings }: WriteContext,
  dispatch: (event: Parameters<typeof sessionReducer>[1]) => void,
) {
  /** The newest command started: a command never runs twice, even while its result is on its way to the reducer. */
  const started = useRef(0);
  const inFlight = useRef(false);
  const latest = useRef({ tokens, settings });
  latest.current = { tokens, settings };
  useEffect(() => {
    const command = outbox.find((c) => c.id > started.current);
    if (command === undefined || inFlight.current || scheduler === null) return;
    started.current = command.id;
    inFlight.current = true;
    const finish = (event: Parameters<typeof sessionReducer>[1]) => {
      inFlight.current = false;
      dispatch(event);
    };
    // The write starts once the next card has been painted (its work would otherwise delay that frame); its code
    // loads with the first write, not with the first card.
    afterNextPaint()
      .then(() => import('./sessionWrites'))
      .then(({ runCommand }) => runCommand(getDb(), command, { ...latest.current, scheduler }))
      .then(
        (result) => finish({ type: 'committed', id: command.id, ...result }),
        (error: unknown) => finish({ type: 'failed', id: command.id, failure: writeFailureOf(error), now: Date.now() }),
      );
  }, [outbox, scheduler, dispatch]);
}
