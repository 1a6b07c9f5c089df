import { cardKey } from '../model';
import { clearedOf, laterClear } from '../sync/cleared';
import type { KubecardsDb } from './records';
import { deckDocId, noteDocId } from './syncContentDocs';

// Every writer of imported notes and decks records here, in its own transaction, which of them changed: the next sync
// pushes their current state (a note with no cards left, or a deck gone, goes up as a tombstone).

/**
 * Marks these notes and decks changed on this device at `now` (`deleting`: deleted, for good); a conflict shown for
 * one stays until it is picked. One deleted before (a tombstone here) keeps when: if it is made again, its answers from
 * before stay gone on every device (`cleared`, lib/sync/cleared.ts).
 */
export async function markContentChanged(db: KubecardsDb, ids: Iterable<string>, now: number, deleting = false): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const rows = await db.syncContent.bulkGet(unique);
  await db.syncContent.bulkPut(
    unique.map((id, i) => {
      const { by: _by, deleted: _deleted, ...kept } = rows[i] ?? { id, at: now, pending: 1 };
      const cleared = laterClear(rows[i] && clearedOf(rows[i]), deleting ? now : undefined);
      return { ...kept, at: now, pending: 1 as const, ...(cleared === undefined ? {} : { cleared }) };
    }),
  );
}

export const markNotesChanged = (db: KubecardsDb, noteIds: Iterable<string>, now: number, deleting = false) =>
  markContentChanged(db, [...noteIds].map(noteDocId), now, deleting);

export const markDecksChanged = (db: KubecardsDb, deckIds: Iterable<string>, now: number, deleting = false) =>
  markContentChanged(db, [...deckIds].map(deckDocId), now, deleting);

/** Cards of imported notes: the only ones that sync as content (the built-in deck ships with the app). */
export const isImportedCard = (key: string) => key.startsWith(cardKey('import', ''));
