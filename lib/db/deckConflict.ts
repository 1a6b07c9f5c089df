import { markDecksChanged } from './contentMarks';
import type { DeckBody, DeckRecord, KubecardsDb } from './records';
import { deckDocId } from './syncContentDocs';

/**
 * An imported deck renamed (or given another new-card limit) on two devices at once: `kept` is the deck as it is here
 * (the later version, on every device), `other` the version that lost (lib/sync/noteMerge.ts).
 */
export interface DeckConflict {
  deckId: string;
  kept: DeckBody;
  other: { at: number; by: string; body: DeckBody };
}

const bodyOf = (deck: DeckRecord): DeckBody => ({
  name: deck.name,
  ...(deck.newPerDay === undefined ? {} : { newPerDay: deck.newPerDay }),
});

/** The conflict of this deck, if sync kept one. */
export async function readDeckConflict(db: KubecardsDb, deckId: string): Promise<DeckConflict | null> {
  const [row, deck] = await Promise.all([db.syncContent.get(deckDocId(deckId)), db.decks.get(deckId)]);
  const body = row?.conflict?.body;
  // A tombstone never loses with a conflict kept (the later of an edit and a deletion wins alone).
  if (!row?.conflict || !deck || !body || !('name' in body)) return null;
  const kept = bodyOf(deck);
  // Renamed here by hand to the other version's name: nothing left to pick (its next push drops the conflict).
  if (JSON.stringify(kept) === JSON.stringify(body)) return null;
  return { deckId, kept, other: { at: row.conflict.at, by: row.conflict.by, body } };
}

/** Every deck in conflict here, by name (the home screen lists them). */
export async function readDeckConflicts(db: KubecardsDb): Promise<DeckConflict[]> {
  const ids = await db.syncContent
    .where('id')
    .startsWith(deckDocId(''))
    .filter((row) => row.conflict !== undefined)
    .primaryKeys();
  const found = await Promise.all(ids.map((id) => readDeckConflict(db, id.slice(deckDocId('').length))));
  return found.filter((conflict) => conflict !== null).sort((a, b) => (a.kept.name.en < b.kept.name.en ? -1 : 1));
}

/**
 * The learner picks one version of a deck in conflict, in one transaction: `kept` leaves the deck as it is, `other`
 * gives it the losing version's name and new-card limit. Either way the conflict is gone, and the pick syncs as a new
 * version of the deck (its sub-decks keep their own names, and their own conflicts if they have one).
 */
export async function pickDeckVersion(db: KubecardsDb, deckId: string, pick: 'kept' | 'other', now: number): Promise<void> {
  await db.transaction('rw', db.decks, db.syncContent, async () => {
    const conflict = await readDeckConflict(db, deckId);
    const row = await db.syncContent.get(deckDocId(deckId));
    const deck = await db.decks.get(deckId);
    if (!conflict || !row || !deck) return;
    if (pick === 'other') {
      const { newPerDay: _kept, ...rest } = deck;
      await db.decks.put({ ...rest, ...conflict.other.body });
    }
    const { conflict: _picked, ...settled } = row;
    await db.syncContent.put(settled);
    await markDecksChanged(db, [deckId], now);
  });
}
