import { subtreeIds } from '../model';
import type { KubecardsDb } from './schema';

/**
 * A deck and its sub-decks (`Lang`, `Lang::Verbs`, …), the deck first: what studying, counting or browsing a deck
 * takes in, as in Anki. A deck not stored (yet) stands for itself.
 */
export async function deckWithSubDecks(db: KubecardsDb, deckId: string): Promise<string[]> {
  const ids = subtreeIds(await db.decks.toArray(), deckId);
  return ids.length > 0 ? ids : [deckId];
}
