import { BUILTIN_DECK_ID, type DeckArtifact } from '../model';
import { type PackedDeck, unpackDeck } from '../notes/pack';
import type { FetchJson } from './builtinDeckMeta';
import { type SyncSummary, syncDeck } from './deckSync';
import type { KubecardsDb } from './schema';

export { BUILTIN_DECK_ID };

const BUILTIN_DECK_URL = '/deck/kubernetes.json';
/** The first cards in note order, packed on their own: a first visit shows them before the whole deck has arrived. */
const BUILTIN_FIRST_CARDS_URL = '/deck/kubernetes-first.json';
/** How many: more than a first session's new cards. */
export const FIRST_CARDS = 40;

/**
 * On a first visit (no built-in deck stored), writes just the first cards, from a small file and in a small
 * transaction, so the first card shows before the whole deck downloads (on a slow network the two would share it).
 * The full sync then finds them unchanged; their empty hash makes an interrupted start sync again next time.
 * The first check only saves a download; the write checks again in its own transaction (another tab may have stored
 * the deck while this one downloaded).
 */
export async function writeFirstCards(db: KubecardsDb, fetchJson: FetchJson, now: number): Promise<void> {
  if (await db.decks.get(BUILTIN_DECK_ID)) return;
  await syncDeck(db, unpacked(await fetchJson<PackedDeck>(BUILTIN_FIRST_CARDS_URL)), now, { onlyIfAbsent: true });
}

/** The sync worker's two steps: 'first', a first visit's first cards (nothing when the deck is stored); 'rest', the deck. */
export type DeckStep = 'first' | 'rest';

/**
 * The whole bootstrap of the built-in deck, as the page runs it where it has no workers: on a first visit the first
 * cards (so the first card shows early), then the whole deck. The sync worker runs the two steps apart (DeckStep).
 */
export async function bringBuiltinDeckUpToDate(db: KubecardsDb, fetchJson: FetchJson, now: number): Promise<SyncSummary | null> {
  await writeFirstCards(db, fetchJson, now);
  return updateBuiltinDeck(db, fetchJson, now);
}

/** Downloads the shipped deck and brings the stored one up to date. */
export async function updateBuiltinDeck(db: KubecardsDb, fetchJson: FetchJson, now: number): Promise<SyncSummary | null> {
  return syncDeck(db, unpacked(await fetchJson<PackedDeck>(BUILTIN_DECK_URL)), now);
}

function unpacked(packed: PackedDeck): DeckArtifact {
  if (packed.format !== 'kubecards-deck' || packed.version !== 1 || packed.packed !== 1) throw new Error('unknown deck format');
  return unpackDeck(packed);
}
