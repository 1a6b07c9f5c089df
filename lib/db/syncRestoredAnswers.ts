import { importedNoteLog } from './noteLog';
import type { KubecardsDb, ReviewLogRecord } from './records';
import { getSetting } from './settings';
import { type LogDoc, logDocsOf } from './syncDocs';

// A deletion of notes undone after its tombstone left: the devices that applied the tombstone dropped the notes'
// answers, and their log documents are behind every checkpoint. The undoing device sends them again (lib/sync/README.md).

/** A note whose version taking back its deletion at `deletedAt` is on the server now. */
export interface RestoredNote {
  noteId: string;
  deletedAt: number;
}

/**
 * These notes' log rows held here as log documents of this device, sent after the notes' versions (so that a device
 * pulling them in order has the notes back first). Every entry keeps its gid: a device holding it counts it once, a
 * device that dropped it adds it back and replays its card. Named after the deletion each takes back (`undeletes`).
 */
export async function restoredAnswerDocs(db: KubecardsDb, notes: readonly RestoredNote[], device: string): Promise<LogDoc[]> {
  if (notes.length === 0) return [];
  return db.transaction('r', [db.reviewLog, db.settings], async () => {
    const known = (await getSetting(db, 'schedulerParams')) ?? {};
    const byDeletion = new Map<number, ReviewLogRecord[]>();
    for (const { noteId, deletedAt } of notes)
      byDeletion.set(deletedAt, [...(byDeletion.get(deletedAt) ?? []), ...(await importedNoteLog(db, noteId))]);
    return [...byDeletion].flatMap(([deletedAt, rows]) =>
      logDocsOf(
        rows.sort((a, b) => (a.id as number) - (b.id as number)),
        device,
        known,
        `:undelete-${deletedAt}`,
      ).map((doc) => ({ ...doc, undeletes: deletedAt })),
    );
  });
}
