import type { DeckArtifact } from '../model';
import { type PackedDeck, unpackDeck } from '../notes/pack';
import { type SyncSummary, syncDeck } from './deckSync';
import type { KubecardsDb } from './schema';

export const BUILTIN_DECK_URL = '/deck/kubernetes.json';
export const BUILTIN_DECK_META_URL = '/deck/kubernetes.meta.json';

/** Cards written ahead on a first visit: more than a session's first screen needs. */
const FIRST_CARDS = 40;

export type FetchJson = <T>(url: string) => Promise<T>;

/** True when the stored built-in deck is the one this build ships (a tiny file and one read: the usual case). */
export async function builtinDeckIsCurrent(db: KubecardsDb, fetchJson: FetchJson): Promise<boolean> {
  const meta = await fetchJson<{ deckId: string; hash: string }>(BUILTIN_DECK_META_URL);
  return (await db.decks.get(meta.deckId))?.hash === meta.hash;
}

/** Downloads the shipped deck and brings the stored one up to date. */
export async function updateBuiltinDeck(db: KubecardsDb, fetchJson: FetchJson, now: number): Promise<SyncSummary | null> {
  const packed = await fetchJson<PackedDeck>(BUILTIN_DECK_URL);
  if (packed.format !== 'kubecards-deck' || packed.version !== 1 || packed.packed !== 1) throw new Error('unknown deck format');
  const deck: DeckArtifact = unpackDeck(packed);
  if (!(await db.decks.get(deck.deckId))) {
    // First visit: write the first cards in a small transaction so the first card shows at once; the full sync
    // below then finds them unchanged. (The empty hash makes an interrupted start sync again next time.)
    await syncDeck(db, { ...deck, hash: '', cards: deck.cards.filter((c) => c.ord < FIRST_CARDS) }, now);
  }
  return syncDeck(db, deck, now);
}
