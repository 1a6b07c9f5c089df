import { CardState, newMemoryState } from '../model';
import { assertSameData } from './dataGeneration';
import { addLogRows } from './logWrites';
import type { KubecardsDb, ReviewLogRecord, ScheduleRecord } from './schema';
import { StaleReviewError } from './staleReview';

const DAY = 86_400_000;

export type CardAction =
  | { type: 'suspend' }
  | { type: 'unsuspend' }
  | { type: 'bury'; until: number }
  | { type: 'flag'; flag: number }
  | { type: 'forget' }
  | { type: 'reschedule'; days: number };

/** What undo needs: the row as it was, and the version the action produced. */
export interface ActionUndo {
  key: string;
  before: ScheduleRecord;
  /** The row the action wrote. */
  after: ScheduleRecord;
  version: number;
  logId?: number;
}

/**
 * Suspend, bury until the next day, flag, forget (back to new) or reschedule one card, in one transaction that refuses
 * a stale row. Forget and reschedule change the memory state, so they are logged too (the log stays replayable).
 */
export async function applyCardAction(
  db: KubecardsDb,
  key: string,
  shownVersion: number,
  action: CardAction,
  now: number,
): Promise<ActionUndo> {
  return db.transaction('rw', [db.schedule, db.reviewLog, db.settings], async () => {
    const before = await db.schedule.get(key);
    if (!before || before.version !== shownVersion) throw new StaleReviewError(key);
    const version = before.version + 1;
    let next: ScheduleRecord;
    switch (action.type) {
      case 'suspend':
        next = { ...before, suspended: 1 };
        break;
      case 'unsuspend':
        next = { ...before, suspended: 0, leech: 0 };
        break;
      case 'bury':
        next = { ...before, buriedUntil: action.until };
        break;
      case 'flag':
        next = { ...before, flag: action.flag };
        break;
      case 'forget':
        next = { ...before, ...newMemoryState(now) };
        break;
      case 'reschedule': {
        const days = Math.max(0, Math.round(action.days));
        next = {
          ...before,
          due: now + days * DAY,
          scheduledDays: days,
          state: before.state === CardState.New ? CardState.Review : before.state,
        };
        break;
      }
    }
    const after = { ...next, version };
    await db.schedule.put(after);
    let logId: number | undefined;
    if (action.type === 'forget' || action.type === 'reschedule') {
      const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = before;
      const log: ReviewLogRecord = {
        cardKey: key,
        deckId: before.deckId,
        noteId: before.noteId,
        rating: 1,
        review: now,
        durationMs: 0,
        before: { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview },
        version,
        kind: action.type,
        ...(action.type === 'reschedule' ? { rescheduled: { due: after.due, scheduledDays: after.scheduledDays } } : {}),
      };
      logId = (await addLogRows(db, [log]))[0]?.id;
    }
    return { key, before, after, version, ...(logId === undefined ? {} : { logId }) };
  });
}

/** Takes an action back, if nothing changed the card since and the data is the copy (`generation`) it was done in. */
export async function undoCardAction(db: KubecardsDb, undo: ActionUndo, generation: number): Promise<ScheduleRecord> {
  return db.transaction('rw', [db.schedule, db.reviewLog, db.settings], async () => {
    await assertSameData(db, generation);
    const current = await db.schedule.get(undo.key);
    if (!current || current.version !== undo.version) throw new StaleReviewError(undo.key);
    const restored = { ...undo.before, version: current.version + 1 };
    await db.schedule.put(restored);
    if (undo.logId !== undefined) await db.reviewLog.delete(undo.logId);
    return restored;
  });
}
