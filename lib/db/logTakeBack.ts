import { addLogRows, pushedUpTo } from './logWrites';
import type { KubecardsDb, ReviewLogRecord } from './schema';

/**
 * Takes a log row back (an undo), inside the caller's write transaction over `reviewLog` and `settings`. A row that
 * may have left the device (pushed, or in a push under way) gets an `undo` entry naming it, which syncs: other devices
 * replay the row away (lib/sync/README.md). Either way the row leaves this device's log, so that every reader of the
 * log here sees only what stands.
 */
export async function takeBackLogRow(db: KubecardsDb, row: ReviewLogRecord, now: number): Promise<void> {
  if (row.gid !== undefined && (row.id as number) <= (await pushedUpTo(db))) {
    const { cardKey, deckId, noteId, before, version } = row;
    await addLogRows(db, [
      { cardKey, deckId, noteId, rating: 1, review: now, durationMs: 0, before, version, kind: 'undo', target: row.gid },
    ]);
  }
  await db.reviewLog.delete(row.id as number);
}
