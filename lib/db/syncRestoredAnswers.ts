import { importedNoteLog } from './noteLog';
import type { KubecardsDb, ReviewLogRecord } from './records';
import { getSetting } from './settings';
import { type LogDoc, logDocsOf, paramsOf, type SyncedEntry } from './syncDocs';

// A deletion of notes undone after its tombstone left: the devices that applied the tombstone dropped the notes'
// answers, and their log documents are behind every checkpoint. The undoing device sends them again (lib/sync/README.md).

/** A note whose version taking back its deletion at `deletedAt` is on the server now. */
export interface RestoredNote {
  noteId: string;
  deletedAt: number;
  /** Entries of it pulled here while it was deleted (made elsewhere, dropped where they were made). */
  setAside: readonly SyncedEntry[];
}

/**
 * These notes' log rows held here, and the entries set aside for them, as log documents of this device, sent after the
 * notes' versions (so that a device pulling them in order has the notes back first). Every entry keeps its gid: a
 * device holding it counts it once, a device that dropped it adds it back and replays its card. Each document names
 * the deletion it takes back (`undeletes`).
 */
export async function restoredAnswerDocs(db: KubecardsDb, notes: readonly RestoredNote[], device: string): Promise<LogDoc[]> {
  if (notes.length === 0) return [];
  return db.transaction('r', [db.reviewLog, db.settings], async () => {
    const known = (await getSetting(db, 'schedulerParams')) ?? {};
    const byDeletion = new Map<number, { rows: ReviewLogRecord[]; setAside: SyncedEntry[] }>();
    for (const { noteId, deletedAt, setAside } of notes) {
      const held = byDeletion.get(deletedAt) ?? { rows: [], setAside: [] };
      held.rows.push(...(await importedNoteLog(db, noteId)));
      held.setAside.push(...setAside);
      byDeletion.set(deletedAt, held);
    }
    return [...byDeletion].flatMap(([deletedAt, { rows, setAside }]) => {
      const sent = logDocsOf(
        rows.sort((a, b) => (a.id as number) - (b.id as number)),
        device,
        known,
        `:undelete-${deletedAt}`,
      );
      // Named by their first gid: a push cut and made again sends the same document.
      const gids = setAside.map((entry) => entry.gid).sort();
      const aside: LogDoc[] =
        setAside.length === 0
          ? []
          : [
              {
                _id: `log:${device}:set-aside-${deletedAt}:${gids[0]}`,
                type: 'log',
                device,
                entries: [...setAside],
                params: paramsOf(setAside, known),
              },
            ];
      return [...sent, ...aside].map((doc) => ({ ...doc, undeletes: deletedAt }));
    });
  });
}
