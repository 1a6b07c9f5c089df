'use client';
import { useEffect, useState } from 'react';
import { builtinDeckIsCurrent, isStorageFull } from '../db';
import { getDb } from './db';

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

let running: Promise<void> | null = null;
/** Once per page load, whichever screen asks first. */
function ensureDeckCurrent(): Promise<void> {
  running ??= (async () => {
    if (await builtinDeckIsCurrent(getDb(), fetchJson)) return;
    // The deck's writing loads only when the stored deck is missing or out of date (a first visit, an update), not
    // with every page.
    const { updateDeck } = await import('./deckUpdate');
    await updateDeck(fetchJson);
  })();
  running.catch(() => {
    running = null; // let the next screen try again
  });
  return running;
}

/** `full`: the device had no room left for the deck (said in words, not as the browser's error). */
export type SyncStatus = { phase: 'syncing' } | { phase: 'ready' } | { phase: 'failed'; reason: string; full: boolean };

/** Brings the stored built-in deck up to date with the deck shipped in this build. */
export function useDeckSync(): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>({ phase: 'syncing' });
  useEffect(() => {
    let cancelled = false;
    ensureDeckCurrent().then(
      () => !cancelled && setStatus({ phase: 'ready' }),
      (error: unknown) =>
        !cancelled &&
        setStatus({ phase: 'failed', reason: error instanceof Error ? error.message : String(error), full: isStorageFull(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return status;
}
