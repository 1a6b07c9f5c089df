import { importDeckId, toRecord } from '../db/importWriter';
import { type NoteDraft, noteToCards } from '../import/noteDraft';
import type { StudyCard } from '../model';

/** The cards a draft makes, as the review screen would show them (the same records the writer stores). */
export function previewCards(draft: NoteDraft, noteId: string, deckName: string, tags: string[]): StudyCard[] {
  const note = { guid: noteId, deck: '', tags, origin: 'editor', cards: noteToCards(draft) };
  return note.cards.map((card) => toRecord(note, card, importDeckId(deckName), 'editor'));
}
