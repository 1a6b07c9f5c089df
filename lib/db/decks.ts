import { CardState, isUnderDeck } from '../model';
import { cleanDeckName } from '../model/deckName';
import { type KubecardsDb, Parked } from './schema';

/** Renames a deck, and its sub-decks with it (`Lang::Verbs` follows `Lang`), in one transaction, as Anki does. */
export async function renameDeck(db: KubecardsDb, deckId: string, name: string): Promise<void> {
  const clean = cleanDeckName(name);
  if (clean === null) throw new Error('a deck needs a name, and no part of it (between ::) may be empty');
  await db.transaction('rw', db.decks, async () => {
    const deck = await db.decks.get(deckId);
    if (!deck) return;
    const old = deck.name.en;
    await db.decks.update(deckId, { name: { en: clean, zh: clean } });
    for (const sub of await db.decks.toArray()) {
      if (sub.id === deckId || !isUnderDeck(sub.name.en, old)) continue;
      const renamed = clean + sub.name.en.slice(old.length);
      await db.decks.update(sub.id, { name: { en: renamed, zh: renamed } });
    }
  });
}

/** null: back to the global default. */
export async function setDeckNewLimit(db: KubecardsDb, deckId: string, newPerDay: number | null): Promise<void> {
  if (newPerDay !== null && (!Number.isInteger(newPerDay) || newPerDay < 0 || newPerDay > 9999))
    throw new Error('the limit is a whole number from 0 to 9999');
  await db.transaction('rw', db.decks, async () => {
    const deck = await db.decks.get(deckId);
    if (!deck) return;
    const { newPerDay: _old, ...rest } = deck;
    await db.decks.put(newPerDay === null ? rest : { ...rest, newPerDay });
  });
}

/**
 * Deletes a deck with its cards, schedules, review log and daily totals, in one transaction: its history leaves the
 * statistics with it (they always equal what its remaining log gives). Media stay (other decks may use them).
 */
export async function deleteDeck(db: KubecardsDb, deckId: string): Promise<{ cards: number; reviews: number }> {
  return db.transaction('rw', [db.decks, db.cards, db.schedule, db.reviewLog, db.searchText, db.dailyStats], async () => {
    const cards = await db.cards.where('deckId').equals(deckId).primaryKeys();
    const reviews = await db.reviewLog.where('cardKey').anyOf(cards).primaryKeys();
    await db.reviewLog.bulkDelete(reviews);
    await db.schedule.bulkDelete(cards);
    await db.cards.bulkDelete(cards);
    await db.searchText.delete(deckId);
    await db.dailyStats.where('deckId').equals(deckId).delete();
    await db.decks.delete(deckId);
    return { cards: cards.length, reviews: reviews.length };
  });
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
