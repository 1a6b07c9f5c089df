import { newMemoryState } from '../model';
import { countAnswers } from './dailyStats';
import { importedNoteLog } from './noteLog';
import type { KubecardsDb, ReviewLogRecord, ScheduleRecord, SyncContentRecord } from './records';
import { markForRebuild } from './syncRebuild';

// Answers of a deck or note from before its last deletion, wherever they arrive (lib/sync/cleared.ts).

/**
 * Whether a pulled log entry is kept, given the sync rows of its deck and note: not if either is deleted now, nor if
 * it was made before the last deletion of either; unless that deletion is the one the entry's document takes back
 * (`undeletes`: answers sent again by the device that undid it, lib/db/syncRestoredAnswers.ts).
 */
export function keepsEntry(
  entry: { review: number },
  deck: SyncContentRecord | undefined,
  note: SyncContentRecord | undefined,
  undeletes?: number,
): boolean {
  return stands(entry, deck) && stands(entry, note, undeletes);
}

/** An entry stands by its deck's or note's sync row, `takenBack` a deletion of it that no longer counts. */
function stands(entry: { review: number }, row: SyncContentRecord | undefined, takenBack?: number): boolean {
  if (!row) return true;
  const cleared = row.cleared === takenBack ? undefined : row.cleared;
  return !(row.deleted === 1 && row.at !== takenBack) && (cleared === undefined || entry.review > cleared);
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

async function clearedRows(db: KubecardsDb, syncId: string, cleared: number): Promise<ReviewLogRecord[]> {
  const [type, id] = [syncId.slice(0, syncId.indexOf(':')), syncId.slice(syncId.indexOf(':') + 1)];
  if (type === 'deck')
    return db.reviewLog.where('[deckId+review]').between([id, Number.NEGATIVE_INFINITY], [id, cleared], true, true).toArray();
  return (await importedNoteLog(db, id)).filter((row) => row.review <= cleared);
}
