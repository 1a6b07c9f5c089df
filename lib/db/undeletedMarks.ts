import { undeletedOf } from '../sync/undeleted';
import type { KubecardsDb } from './records';
import { noteDocId } from './syncContentDocs';

// Apart from contentMarks.ts: only the browser's bulk actions (loaded with them) take a deletion back.

/**
 * Marks these notes changed at `now` by the undo of their deletion made at `deletedAt`: their next version takes that
 * deletion back on every device (its clearing moment no longer drops their answers), and the push sends their answers
 * again if the tombstone had left (the devices that applied it dropped them). The clearing moment they had before the
 * deletion stays theirs.
 */
export async function markNotesUndeleted(db: KubecardsDb, noteIds: Iterable<string>, deletedAt: number, now: number): Promise<void> {
  const unique = [...new Set([...noteIds].map(noteDocId))];
  const rows = await db.syncContent.bulkGet(unique);
  await db.syncContent.bulkPut(
    unique.map((id, i) => {
      const { by: _by, deleted: _deleted, ...kept } = rows[i] ?? { id, at: now, pending: 1 };
      return { ...kept, at: now, pending: 1 as const, undeleted: undeletedOf(kept.undeleted, [deletedAt]), restore: deletedAt };
    }),
  );
}
