import { newMemoryState } from '../model';
import { countAnswers } from './dailyStats';
import type { KubecardsDb, ReviewLogRecord, ScheduleRecord, SyncContentRecord } from './records';
import { markForRebuild } from './syncRebuild';

// Answers of a deck or note from before its last deletion, wherever they arrive (lib/sync/cleared.ts).

/**
 * Whether a pulled log entry is kept, given the sync rows of its deck and note: not if either is deleted now, nor if
 * it was made before the last deletion of either.
 */
export function keepsEntry(entry: { review: number }, deck: SyncContentRecord | undefined, note: SyncContentRecord | undefined): boolean {
  return [deck, note].every((row) => !row?.deleted && (row?.cleared === undefined || entry.review > row.cleared));
}

/**
 * Drops the log rows of a deck or note (its sync id, `deck:<id>` or `note:<id>`) made up to `cleared`, as its deletion
 * did on the devices that saw it: out of the daily totals too. Their cards start over as new at `at` (marks cleared) and
 * are marked for the rebuild, which replays what is left of their logs. Returns those cards' keys. Call in the pull's
 * transaction.
 */
export async function dropClearedAnswers(db: KubecardsDb, syncId: string, cleared: number, at: number): Promise<string[]> {
  const rows = await clearedRows(db, syncId, cleared);
  if (rows.length === 0) return [];
  await db.reviewLog.bulkDelete(rows.map((row) => row.id as number));
  await countAnswers(
    db,
    rows.filter((row) => !row.unreplayed).map((row) => [row, -1] as const),
  );
  const keys = [...new Set(rows.map((row) => row.cardKey))];
  const cards = (await db.schedule.bulkGet(keys)).filter((card): card is ScheduleRecord => card !== undefined);
  await db.schedule.bulkPut(
    cards.map((card) => ({
      ...card,
      ...newMemoryState(at),
      suspended: 0,
      leech: 0,
      flag: 0,
      buriedUntil: 0,
      version: card.version + 1,
    })),
  );
  await markForRebuild(db, keys);
  return keys;
}

function clearedRows(db: KubecardsDb, syncId: string, cleared: number): Promise<ReviewLogRecord[]> {
  const [type, id] = [syncId.slice(0, syncId.indexOf(':')), syncId.slice(syncId.indexOf(':') + 1)];
  if (type === 'deck')
    return db.reviewLog.where('[deckId+review]').between([id, Number.NEGATIVE_INFINITY], [id, cleared], true, true).toArray();
  // A note's cards are `import/<noteId>#<facet>`, whatever their deck.
  return db.reviewLog
    .where('cardKey')
    .startsWith(`import/${id}#`)
    .filter((row) => row.noteId === id && row.review <= cleared)
    .toArray();
}
