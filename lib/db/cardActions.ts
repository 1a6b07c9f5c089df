import { CardState, memoryStateOf, newMemoryState } from '../model';
import { assertSameData } from './dataGeneration';
import { takeBackLogRow } from './logTakeBack';
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

/** The log row of an action: every action is logged, so that it syncs and replays on every device. */
export function actionLogRow(before: ScheduleRecord, after: ScheduleRecord, action: CardAction, now: number): ReviewLogRecord {
  const details =
    action.type === 'reschedule'
      ? { rescheduled: { due: after.due, scheduledDays: after.scheduledDays } }
      : action.type === 'flag'
        ? { flag: action.flag }
        : action.type === 'bury'
          ? { until: action.until }
          : {};
  return {
    cardKey: before.key,
    deckId: before.deckId,
    noteId: before.noteId,
    rating: 1,
    review: now,
    durationMs: 0,
    before: memoryStateOf(before),
    version: after.version,
    kind: action.type,
    ...details,
  };
}

/**
 * Suspend, bury until the next day, flag, forget (back to new) or reschedule one card, in one transaction that refuses
 * a stale row; its log row goes in the same transaction.
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
    const after = { ...nextSchedule(before, action, now), version: before.version + 1 };
    await db.schedule.put(after);
    const [log] = await addLogRows(db, [actionLogRow(before, after, action, now)]);
    return { key, before, after, version: after.version, logId: log?.id as number };
  });
}

function nextSchedule(before: ScheduleRecord, action: CardAction, now: number): ScheduleRecord {
  switch (action.type) {
    case 'suspend':
      return { ...before, suspended: 1 };
    case 'unsuspend':
      return { ...before, suspended: 0, leech: 0 };
    case 'bury':
      return { ...before, buriedUntil: action.until };
    case 'flag':
      return { ...before, flag: action.flag };
    case 'forget':
      return { ...before, ...newMemoryState(now) };
    case 'reschedule': {
      const days = Math.max(0, Math.round(action.days));
      return {
        ...before,
        due: now + days * DAY,
        scheduledDays: days,
        state: before.state === CardState.New ? CardState.Review : before.state,
      };
    }
  }
}

/**
 * Takes an action back at `now`, if nothing changed the card since and the data is the copy (`generation`) it was done
 * in; its log row is taken back (an action already pushed gets an `undo` entry that syncs).
 */
export async function undoCardAction(db: KubecardsDb, undo: ActionUndo, generation: number, now: number): Promise<ScheduleRecord> {
  return db.transaction('rw', [db.schedule, db.reviewLog, db.settings], async () => {
    await assertSameData(db, generation);
    const current = await db.schedule.get(undo.key);
    if (!current || current.version !== undo.version) throw new StaleReviewError(undo.key);
    const restored = { ...undo.before, version: current.version + 1 };
    await db.schedule.put(restored);
    const log = undo.logId === undefined ? undefined : await db.reviewLog.get(undo.logId);
    if (log) await takeBackLogRow(db, log, now);
    return restored;
  });
}
