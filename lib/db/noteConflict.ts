import { markNotesChanged } from './contentMarks';
import { noteOrder, placeNoteCards } from './noteWriter';
import type { CardRecord, DeckBody, KubecardsDb, NoteBody } from './records';
import { refreshSearchText } from './searchText';
import { ensureDeck } from './syncContentApply';
import { noteDocId } from './syncContentDocs';

/** A note edited on two devices at once: the version kept (shown everywhere) lost against nothing; `other` lost. */
export interface NoteConflict {
  noteId: string;
  other: { at: number; by: string; body?: NoteBody };
}

/** The conflict of this note, if sync kept one (lib/sync/noteMerge.ts). */
export async function readNoteConflict(db: KubecardsDb, noteId: string): Promise<NoteConflict | null> {
  const row = await db.syncContent.get(noteDocId(noteId));
  if (!row?.conflict) return null;
  const { body, ...stamp } = row.conflict;
  return { noteId, other: body && isNoteBody(body) ? { ...stamp, body } : stamp };
}

/**
 * The learner picks one version of a note in conflict, in one transaction: `kept` leaves the note as it is, `other`
 * writes the losing version's cards in its place (through the editor's writer). Either way the conflict is gone, and
 * the pick syncs as a new edit of the note.
 */
export async function pickNoteVersion(db: KubecardsDb, noteId: string, pick: 'kept' | 'other', now: number): Promise<void> {
  await db.transaction('rw', [db.decks, db.cards, db.schedule, db.searchText, db.syncContent], async () => {
    const row = await db.syncContent.get(noteDocId(noteId));
    if (!row?.conflict) return;
    const body = row.conflict.body;
    if (pick === 'other' && body && isNoteBody(body)) {
      await ensureDeck(db, body.deckId, body.deckName, now);
      const touched = new Set<string>();
      const records = body.cards.map((card) => ({ ...card, ord: 0 }) as CardRecord);
      await placeNoteCards(db, noteId, body.deckId, records, now, touched, { keepSource: false, order: await noteOrder(db) });
      await refreshSearchText(db, touched);
    }
    const { conflict: _picked, ...rest } = row;
    await db.syncContent.put(rest);
    await markNotesChanged(db, [noteId], now);
  });
}

/** A sync row's conflict holds a note's body or a deck's, by the row's id: this tells them apart for the type checker. */
const isNoteBody = (body: NoteBody | DeckBody): body is NoteBody => 'cards' in body;
