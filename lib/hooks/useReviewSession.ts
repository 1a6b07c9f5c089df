'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type ActionUndo,
  answerCard,
  loadSession,
  releaseBuried,
  type SessionScope,
  type SessionView,
  undoAnswer,
  undoCardAction,
  type WriteFailure,
  writeFailureOf,
} from '../db';
import type { ExamDomain, MemoryState, Rating } from '../model';
import { requestPersistence } from '../pwa';
import type { Scheduler } from '../srs';
import { queueLimitsOf } from '../srs/studySettings';
import { getDb } from './db';
import { loadScheduler, today, useStudySettings } from './studySettings';

export type SessionNotice = WriteFailure | { kind: 'undone' } | { kind: 'buried' } | { kind: 'suspended' } | null;

export interface ReviewSession {
  /** `undefined` while loading. */
  view: SessionView | undefined;
  /** The card on screen (the read-ahead one right after an answer). */
  current: SessionView['current'];
  revealed: boolean;
  reveal(): void;
  /** What each button would give for the current card, computed (at `at`) when the answer is shown. */
  preview: { at: number; states: Record<Rating, MemoryState> } | null;
  now: number;
  answer(rating: Rating): Promise<void>;
  canUndo: boolean;
  undo(): Promise<void>;
  recordAction(undo: ActionUndo): void;
  /** Bury the card on screen until the next study day, or suspend it (the `-` and `@` keys, as in Anki); undoable. */
  setAside(how: 'bury' | 'suspend'): Promise<void>;
  notice: SessionNotice;
  busy: boolean;
}

const TICK_MS = 15_000;

/** A card as shown: its key and schedule version (a new answer or action makes it a different card to show). */
const idOf = (card: SessionView['current'] | undefined) => (card ? `${card.schedule.key}@${card.schedule.version}` : null);

/** The review loop: the current card, reveal, grade (one transaction), undo. Reads live, so other tabs' answers show. */
export interface ReviewOptions {
  deckId: string;
  topic?: string;
  domain?: ExamDomain;
  aheadDays?: number;
  /** Cram: answers are kept in this session only; the schedule is not touched. */
  cram?: boolean;
}

type UndoEntry = { type: 'answer'; logId: number } | { type: 'action'; undo: ActionUndo } | { type: 'cram'; key: string; again: boolean };

export function useReviewSession({ deckId, topic, domain, aheadDays, cram }: ReviewOptions): ReviewSession {
  const [now, setNow] = useState(() => Date.now());
  const [pinnedKey, setPinnedKey] = useState<string | null>(null);
  /** Which card's answer is shown, and since when. */
  const [shown, setShown] = useState<{ id: string; at: number } | null>(null);
  const [notice, setNotice] = useState<SessionNotice>(null);
  const [busy, setBusy] = useState(false);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [crammed, setCrammed] = useState<{ done: ReadonlySet<string>; later: readonly string[] }>({ done: new Set(), later: [] });
  const shownAt = useRef(Date.now());

  const settings = useStudySettings();
  const [scheduler, setScheduler] = useState<Scheduler | null>(null);
  useEffect(() => {
    // Siblings buried yesterday come back; then the clock ticks so learning cards fall due.
    void releaseBuried(getDb(), Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    void loadScheduler(settings).then(setScheduler);
  }, [settings]);

  const scope: SessionScope = {
    deckId,
    ...(topic ? { topic } : {}),
    ...(domain ? { domain } : {}),
    ...(aheadDays ? { aheadDays } : {}),
    ...(cram ? { cram: crammed } : {}),
  };
  const view = useLiveQuery(
    () => loadSession(getDb(), scope, now, today(now, settings.rolloverHour), queueLimitsOf(settings), pinnedKey),
    [deckId, topic, domain, aheadDays, cram, crammed, now, pinnedKey, settings],
  );
  // After an answer, the card read ahead is shown at once; the next live result (a new `view`) takes over, unless it
  // still shows the answered card as it was before the answer (a result read while the answer was being written).
  const [ahead, setAhead] = useState<{ basedOn: SessionView; answered: string; card: SessionView['upcoming'] } | null>(null);
  const current = ahead && (ahead.basedOn === view || idOf(view?.current) === ahead.answered) ? ahead.card : (view?.current ?? null);
  const shownId = idOf(current);

  // A different card (or the same card in a new state) starts face down: the answer shown belongs to one card, so the
  // next card never shows its answer, not even for the one frame an effect would take to hide it.
  const revealedAt = shown !== null && shown.id === shownId ? shown.at : null;
  const revealed = revealedAt !== null;
  useEffect(() => {
    if (shownId !== null) shownAt.current = Date.now();
  }, [shownId]);

  // The answer shows at once, even before the scheduler (loaded lazily) has arrived; the buttons follow with it.
  const reveal = useCallback(() => {
    if (shownId !== null) setShown((s) => (s?.id === shownId ? s : { id: shownId, at: Date.now() }));
  }, [shownId]);
  const preview = useMemo(
    () =>
      revealedAt !== null && current && scheduler ? { at: revealedAt, states: scheduler.preview(current.schedule, revealedAt) } : null,
    [revealedAt, current, scheduler],
  );

  /** A refused write: say why; if another tab changed the card and its news has not arrived yet, read the queue now. */
  const reportFailure = useCallback((error: unknown) => {
    const failure = writeFailureOf(error);
    setNotice(failure);
    if (failure.kind === 'stale') setNow(Date.now());
  }, []);

  const answer = useCallback(
    async (rating: Rating) => {
      if (!current || !revealed || busy || !scheduler) return;
      const key = current.schedule.key;
      if (cram) {
        // Cramming writes nothing: Again sends the card to the end, any other answer takes it out of this session.
        setCrammed((c) =>
          rating === 1 ? { ...c, later: [...c.later.filter((k) => k !== key), key] } : { ...c, done: new Set([...c.done, key]) },
        );
        setUndoStack((stack) => [...stack, { type: 'cram', key, again: rating === 1 }]);
        return;
      }
      setBusy(true);
      const answeredAt = Date.now();
      try {
        const log = await answerCard(
          getDb(),
          scheduler,
          {
            cardKey: current.schedule.key,
            shownVersion: current.schedule.version,
            rating,
            now: answeredAt,
            durationMs: answeredAt - shownAt.current,
            day: today(answeredAt, settings.rolloverHour).key,
            ...(settings.burySiblings ? { burySiblingsUntil: today(answeredAt, settings.rolloverHour).end } : {}),
          },
          { threshold: settings.leechThreshold, action: settings.leechAction },
        );
        if (view?.upcoming) setAhead({ basedOn: view, answered: shownId as string, card: view.upcoming });
        setUndoStack((stack) => [...stack, { type: 'answer', logId: log.id as number }]);
        setNotice(null);
        // Now there is something to lose: ask the browser not to evict it (once per page).
        void requestPersistence();
      } catch (error) {
        reportFailure(error);
      } finally {
        // The live query sees the write and brings the next card; no extra re-query from a new `now` here.
        setPinnedKey(null);
        setBusy(false);
      }
    },
    [current, shownId, revealed, busy, scheduler, view, settings, cram, reportFailure],
  );

  /**
   * A card action (suspend, bury, flag, forget, reschedule) done from the review screen joins the undo stack. A card
   * put back in front by undo is pinned there; after an action the queue decides again (a suspended card cannot stay).
   */
  const recordAction = useCallback((undo: ActionUndo) => {
    setUndoStack((stack) => [...stack, { type: 'action', undo }]);
    setPinnedKey(null);
  }, []);

  const setAside = useCallback(
    async (how: 'bury' | 'suspend') => {
      if (!current || busy || cram) return;
      setBusy(true);
      try {
        // Loaded on first use: the actions are not part of the review screen's first load.
        const { applyCardAction } = await import('../db/cardActions');
        const now = Date.now();
        const action =
          how === 'bury' ? { type: 'bury' as const, until: today(now, settings.rolloverHour).end } : { type: 'suspend' as const };
        recordAction(await applyCardAction(getDb(), current.schedule.key, current.schedule.version, action, now));
        setNotice({ kind: how === 'bury' ? 'buried' : 'suspended' });
      } catch (error) {
        reportFailure(error);
      } finally {
        setBusy(false);
      }
    },
    [current, busy, cram, settings, recordAction, reportFailure],
  );

  const undo = useCallback(async () => {
    const entry = undoStack.at(-1);
    if (entry === undefined || busy) return;
    setBusy(true);
    try {
      if (entry.type === 'cram') {
        setCrammed((c) => ({ done: new Set([...c.done].filter((k) => k !== entry.key)), later: c.later.filter((k) => k !== entry.key) }));
        setPinnedKey(entry.key);
      } else {
        const restored = entry.type === 'answer' ? await undoAnswer(getDb(), entry.logId) : await undoCardAction(getDb(), entry.undo);
        setPinnedKey(restored.key);
      }
      setAhead(null);
      setNotice({ kind: 'undone' });
    } catch (error) {
      reportFailure(error);
    } finally {
      setUndoStack((stack) => stack.slice(0, -1));
      setNow(Date.now());
      setBusy(false);
    }
  }, [undoStack, busy, reportFailure]);

  return {
    view,
    current,
    revealed,
    reveal,
    preview,
    now,
    answer,
    canUndo: undoStack.length > 0,
    undo,
    recordAction,
    setAside,
    notice,
    busy,
  };
}
