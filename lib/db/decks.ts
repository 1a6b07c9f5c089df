import { CardState, isUnderDeck } from '../model';
import { cleanDeckName } from '../model/deckName';
import { isImportedCard, markDecksChanged, markNotesChanged } from './contentMarks';
import { type KubecardsDb, Parked } from './schema';

/** Renames a deck, and its sub-decks with it (`Lang::Verbs` follows `Lang`), in one transaction, as Anki does. */
export async function renameDeck(db: KubecardsDb, deckId: string, name: string, now: number): Promise<void> {
  const clean = cleanDeckName(name);
  if (clean === null) throw new Error('a deck needs a name, and no part of it (between ::) may be empty');
  await db.transaction('rw', db.decks, db.syncContent, async () => {
    const deck = await db.decks.get(deckId);
    if (!deck) return;
    const old = deck.name.en;
    await db.decks.update(deckId, { name: { en: clean, zh: clean } });
    const renamed = [deck];
    for (const sub of await db.decks.toArray()) {
      if (sub.id === deckId || !isUnderDeck(sub.name.en, old)) continue;
      const name = clean + sub.name.en.slice(old.length);
      await db.decks.update(sub.id, { name: { en: name, zh: name } });
      renamed.push(sub);
    }
    await markDecksChanged(
      db,
      renamed.filter((d) => d.source === 'import').map((d) => d.id),
      now,
    );
  });
}

/** null: back to the global default. */
export async function setDeckNewLimit(db: KubecardsDb, deckId: string, newPerDay: number | null, now: number): Promise<void> {
  if (newPerDay !== null && (!Number.isInteger(newPerDay) || newPerDay < 0 || newPerDay > 9999))
    throw new Error('the limit is a whole number from 0 to 9999');
  await db.transaction('rw', db.decks, db.syncContent, async () => {
    const deck = await db.decks.get(deckId);
    if (!deck) return;
    const { newPerDay: _old, ...rest } = deck;
    await db.decks.put(newPerDay === null ? rest : { ...rest, newPerDay });
    if (deck.source === 'import') await markDecksChanged(db, [deckId], now);
  });
}

/**
 * Deletes a deck with its cards, schedules, review log and daily totals, in one transaction: its history leaves the
 * statistics with it (they always equal what its remaining log gives). Media stay (other decks may use them). Sync
 * takes the deletion to the other devices: the deck and each of its notes go up as tombstones.
 */
export async function deleteDeck(db: KubecardsDb, deckId: string, now: number): Promise<{ cards: number; reviews: number }> {
  const tables = [db.decks, db.cards, db.schedule, db.reviewLog, db.searchText, db.dailyStats, db.syncContent];
  return db.transaction('rw', tables, async () => {
    const deck = await db.decks.get(deckId);
    const cards = await db.cards.where('deckId').equals(deckId).toArray();
    if (deck?.source === 'import') {
      // Deleted for good: were it imported again, its answers from before would stay gone on every device.
      await markDecksChanged(db, [deckId], now, true);
      await markNotesChanged(
        db,
        cards.filter((card) => isImportedCard(card.key)).map((card) => card.noteId),
        now,
        true,
      );
    }
    return removeDeckRows(db, deckId);
  });
}

/** Removes a deck and everything of it, in the caller's transaction (a deletion here, or a tombstone pulled). */
export async function removeDeckRows(db: KubecardsDb, deckId: string): Promise<{ cards: number; reviews: number }> {
  const cards = await db.cards.where('deckId').equals(deckId).primaryKeys();
  // Its cards' answers, and answers pulled for cards of it that never arrived here.
  const reviews = [
    ...new Set([
      ...(await db.reviewLog.where('cardKey').anyOf(cards).primaryKeys()),
      ...(await db.reviewLog.where('[deckId+review]').between([deckId, -Infinity], [deckId, Infinity]).primaryKeys()),
    ]),
  ];
  await db.reviewLog.bulkDelete(reviews);
  await db.schedule.bulkDelete(cards);
  await db.cards.bulkDelete(cards);
  await db.searchText.delete(deckId);
  await db.dailyStats.where('deckId').equals(deckId).delete();
  await db.decks.delete(deckId);
  return { cards: cards.length, reviews: reviews.length };
}

/**
 * How many cards of a deck are not retired, counted in the queue index (suspended and buried included): no row is
 * read, which matters on the home screen of a 100k-card collection.
 */
export function activeCardCount(db: KubecardsDb, deckId: string): Promise<number> {
  return db.schedule
    .where('[deckId+queue+due]')
    .between([deckId, Parked.Buried, -Infinity], [deckId, CardState.Relearning, Infinity], true, true)
    .count();
}
