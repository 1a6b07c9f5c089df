import { markDecksChanged } from './contentMarks';
import type { DeckBody, DeckRecord, KubecardsDb, SyncContentRecord } from './records';
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
  return conflictOf(deckId, row, deck);
}

/** The conflict a deck's sync row keeps, unless nothing is left to pick. */
function conflictOf(deckId: string, row: SyncContentRecord | undefined, deck: DeckRecord | undefined): DeckConflict | null {
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
  const rows = await db.syncContent
    .where('id')
    .startsWith(deckDocId(''))
    .filter((row) => row.conflict !== undefined)
    .toArray();
  const ids = rows.map((row) => row.id.slice(deckDocId('').length));
  const decks = await db.decks.bulkGet(ids);
  const found = ids.map((id, i) => conflictOf(id, rows[i], decks[i]));
  return found.filter((conflict) => conflict !== null).sort((a, b) => (a.kept.name.en < b.kept.name.en ? -1 : 1));
}

/**
 * The learner picks one version of a deck in conflict, in one transaction: `kept` leaves the deck as it is, `other`
 * gives it the losing version's name and new-card limit. Either way the conflict is gone, and the pick syncs as a new
 * version of the deck (its sub-decks keep their own names, and their own conflicts if they have one).
 */
export async function pickDeckVersion(db: KubecardsDb, deckId: string, pick: 'kept' | 'other', now: number): Promise<void> {
  await db.transaction('rw', db.decks, db.syncContent, async () => {
    const [row, deck] = await Promise.all([db.syncContent.get(deckDocId(deckId)), db.decks.get(deckId)]);
    const conflict = conflictOf(deckId, row, deck);
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
