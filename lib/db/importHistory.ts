import type { ImportedHistory } from '../import/types';
import { type MemoryState, memoryStateOf, newMemoryState } from '../model';
import type { Scheduler } from '../srs';
import { paramsIdOf } from '../sync';
import type { ReviewLogRecord } from './schema';

const DAY = 86_400_000;

/** How the writer turns an imported card's Anki history into ours: our scheduler, and the learner's study days. */
export interface HistoryReplay {
  scheduler: Scheduler;
  /** The study day (`YYYY-MM-DD`) an answer at this instant belongs to. */
  dayOf(at: number): string;
}

/**
 * An imported card's answers, replayed through our scheduler into log rows (each with the state before it, as if
 * answered here), so statistics, the optimizer and undo treat them as the learner's own. Anki's due date wins over
 * ours (the learner's calendar stays as it was): a differing due is logged as a reschedule at `now`. Pure.
 */
export function replayHistory(
  history: ImportedHistory,
  card: { cardKey: string; deckId: string; noteId: string },
  { scheduler, dayOf }: HistoryReplay,
  now: number,
): { log: ReviewLogRecord[]; state: MemoryState } {
  const answers = [...history.answers].sort((a, b) => a.at - b.at);
  const params = paramsIdOf(scheduler.settings);
  let state = newMemoryState(answers[0]?.at ?? now);
  const log: ReviewLogRecord[] = [];
  for (const answer of answers) {
    log.push({
      ...card,
      rating: answer.rating,
      review: answer.at,
      durationMs: answer.durationMs,
      before: state,
      version: log.length + 1,
      day: dayOf(answer.at),
      params,
    });
    state = memoryStateOf(scheduler.grade(state, answer.at, answer.rating));
  }
  if (log.length > 0 && Math.abs(history.due - state.due) >= 60_000) {
    const since = state.lastReview ?? now;
    const rescheduled = { due: history.due, scheduledDays: Math.max(0, Math.round((history.due - since) / DAY)) };
    log.push({ ...card, rating: 1, review: now, durationMs: 0, before: state, version: log.length + 1, kind: 'reschedule', rescheduled });
    state = { ...state, ...rescheduled };
  }
  return { log, state };
}
