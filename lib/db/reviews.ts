import type { Rating } from '../model';
import type { Scheduler } from '../srs';
import type { KubecardsDb, ReviewLogRecord, ScheduleRecord } from './schema';

/** The card changed since the screen showed it (another tab, or an undo elsewhere). */
export class StaleReviewError extends Error {
  constructor(readonly cardKey: string) {
    super(`card ${cardKey} changed since it was shown`);
    this.name = 'StaleReviewError';
  }
}

export interface Answer {
  cardKey: string;
  /** The schedule version the screen showed; the answer is refused if storage has moved on. */
  shownVersion: number;
  rating: Rating;
  now: number;
  durationMs: number;
}

/** Grades one card: reads its state, checks it is the one shown, writes the new state and the log row — one transaction. */
export async function answerCard(db: KubecardsDb, scheduler: Scheduler, answer: Answer): Promise<ReviewLogRecord> {
  return db.transaction('rw', db.schedule, db.reviewLog, async () => {
    const current = await db.schedule.get(answer.cardKey);
    if (!current || current.version !== answer.shownVersion || current.active !== 1) throw new StaleReviewError(answer.cardKey);
    const next = scheduler.grade(current, answer.now, answer.rating);
    const version = current.version + 1;
    const log: ReviewLogRecord = {
      cardKey: current.key,
      deckId: current.deckId,
      noteId: current.noteId,
      rating: answer.rating,
      review: answer.now,
      durationMs: answer.durationMs,
      before: memoryOf(current),
      version,
    };
    await db.schedule.put({ ...current, ...next, version });
    log.id = await db.reviewLog.add(log);
    return log;
  });
}

/** Takes back one answer: restores the state before it and removes its log row, if nothing changed the card since. */
export async function undoAnswer(db: KubecardsDb, logId: number): Promise<ScheduleRecord> {
  return db.transaction('rw', db.schedule, db.reviewLog, async () => {
    const log = await db.reviewLog.get(logId);
    const current = log && (await db.schedule.get(log.cardKey));
    if (!log || !current || current.version !== log.version) throw new StaleReviewError(log?.cardKey ?? String(logId));
    const restored: ScheduleRecord = { ...current, ...log.before, version: current.version + 1 };
    await db.schedule.put(restored);
    await db.reviewLog.delete(logId);
    return restored;
  });
}

function memoryOf(s: ScheduleRecord) {
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = s;
  return { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview };
}
