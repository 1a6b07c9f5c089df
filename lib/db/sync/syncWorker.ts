/// <reference lib="webworker" />
// Deck updates run here, off the main thread: downloading, parsing and writing ~1,100 cards would otherwise block the
// first screen. A first visit's first cards are written here too (on a phone's CPU their download, parsing and write
// on the page cost a long task while the page hydrates). Dexie tells the page's live queries about the writes.
import { type DeckStep, updateBuiltinDeck, writeFirstCards } from '../builtinDeck';
import { openDb } from '../schema';
import { isStorageFull } from '../writeFailure';

declare const self: DedicatedWorkerGlobalScope;

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

// The page asks for the rest once its first screen is drawn (see lib/hooks/deckUpdate.ts).
self.onmessage = async (event: MessageEvent<DeckStep>) => {
  const db = openDb();
  try {
    if (event.data === 'first') await writeFirstCards(db, fetchJson, Date.now());
    else await updateBuiltinDeck(db, fetchJson, Date.now());
    self.postMessage({ ok: true });
  } catch (error) {
    self.postMessage({ ok: false, reason: error instanceof Error ? error.message : String(error), full: isStorageFull(error) });
  } finally {
    db.close();
  }
};
