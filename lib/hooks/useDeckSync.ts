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
export function ensureDeckCurrent(): Promise<void> {
  running ??= (async () => {
    // A first visit (no service worker controls the page yet) starts the deck's update while the database opens and is
    // checked: the first cards waited for that check, then the update's code, then the worker, one after the other.
    const early = navigator.serviceWorker?.controller === null ? import('./deckUpdate').then((m) => m.startDeckUpdate(fetchJson)) : null;
    early?.catch(() => undefined); // said below, once awaited
    const current = await builtinDeckIsCurrent(getDb(), fetchJson).catch(async (error: unknown) => {
      (await early)?.(false);
      throw error;
    });
    if (early) return (await early)(!current);
    if (current) return;
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
