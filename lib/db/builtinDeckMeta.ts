import { BUILTIN_DECK_ID } from '../model';
import type { KubecardsDb } from './schema';

const BUILTIN_DECK_META_URL = '/deck/kubernetes.meta.json';

export type FetchJson = <T>(url: string) => Promise<T>;

/**
 * True when the stored built-in deck is the one this build ships (one read and a tiny file: the usual case). With no
 * deck stored at all (a first visit) the answer needs no download.
 */
export async function builtinDeckIsCurrent(db: KubecardsDb, fetchJson: FetchJson): Promise<boolean> {
  const stored = await db.decks.get(BUILTIN_DECK_ID);
  if (!stored) return false;
  const meta = await fetchJson<{ deckId: string; hash: string }>(BUILTIN_DECK_META_URL);
  return stored.hash === meta.hash;
}
