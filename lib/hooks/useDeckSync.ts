'use client';
import { useEffect, useState } from 'react';
import { syncDeck } from '../db';
import type { DeckArtifact } from '../model';
import { getDb } from './db';

export const BUILTIN_DECK_URL = '/deck/kubernetes.json';
const BUILTIN_DECK_META_URL = '/deck/kubernetes.meta.json';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export type SyncStatus = { phase: 'syncing' } | { phase: 'ready' } | { phase: 'failed'; reason: string };

/** Brings the stored built-in deck up to date with the deck shipped in this build, once per page load. */
export function useDeckSync(): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>({ phase: 'syncing' });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      // The small meta file says whether the stored deck is current; only then is the full deck read.
      const meta = await fetchJson<{ deckId: string; hash: string }>(BUILTIN_DECK_META_URL);
      const stored = await getDb().decks.get(meta.deckId);
      if (stored?.hash === meta.hash) return;
      const deck = await fetchJson<DeckArtifact>(BUILTIN_DECK_URL);
      if (deck.format !== 'kubecards-deck' || deck.version !== 1) throw new Error('unknown deck format');
      await syncDeck(getDb(), deck, Date.now());
    })().then(
      () => !cancelled && setStatus({ phase: 'ready' }),
      (error: unknown) => !cancelled && setStatus({ phase: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return status;
}
