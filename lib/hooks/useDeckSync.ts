'use client';
import { useEffect, useState } from 'react';
import { syncDeck } from '../db';
import type { DeckArtifact } from '../model';
import { getDb } from './db';

export const BUILTIN_DECK_URL = '/deck/kubernetes.json';

export type SyncStatus = { phase: 'syncing' } | { phase: 'ready' } | { phase: 'failed'; reason: string };

/** Brings the stored built-in deck up to date with the deck shipped in this build, once per page load. */
export function useDeckSync(): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>({ phase: 'syncing' });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const response = await fetch(BUILTIN_DECK_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const deck = (await response.json()) as DeckArtifact;
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
