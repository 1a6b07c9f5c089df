'use client';
import { useEffect, useState } from 'react';
import { builtinDeckIsCurrent, isStorageFull, updateBuiltinDeck, writeFirstCards } from '../db';
import { getDb } from './db';

export const SYNC_WORKER_URL = '/sync-worker.js';

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

/** The update runs in the sync worker; where workers are missing, here. */
function updateInWorker(): Promise<void> {
  if (typeof Worker === 'undefined') return updateBuiltinDeck(getDb(), fetchJson, Date.now()).then(() => undefined);
  return new Promise((resolve, reject) => {
    const worker = new Worker(SYNC_WORKER_URL);
    worker.onmessage = (event: MessageEvent<{ ok: boolean; reason?: string; full?: boolean }>) => {
      worker.terminate();
      if (event.data.ok) resolve();
      else reject(event.data.full ? new DOMException(event.data.reason ?? '', 'QuotaExceededError') : new Error(event.data.reason));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'deck update failed'));
    };
    worker.postMessage('sync');
  });
}

let running: Promise<void> | null = null;
/** Once per page load, whichever screen asks first. */
function ensureDeckCurrent(): Promise<void> {
  running ??= (async () => {
    if (await builtinDeckIsCurrent(getDb(), fetchJson)) return;
    // The first cards are written here: starting the worker (a script of its own to fetch) would delay the first card.
    await writeFirstCards(getDb(), fetchJson, Date.now());
    await updateInWorker();
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
