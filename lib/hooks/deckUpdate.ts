import { bringBuiltinDeckUpToDate, type FetchJson } from '../db';
import { getDb } from './db';
import { deckWriting } from './deckWriting';

export const SYNC_WORKER_URL = '/sync-worker.js';

/**
 * Brings a missing or outdated built-in deck up to date in the sync worker (a first visit's first cards, then the whole
 * deck), off the page's main thread; where workers are missing, here.
 */
export async function updateDeck(fetchJson: FetchJson): Promise<void> {
  deckWriting.set(true);
  try {
    if (typeof Worker === 'undefined') await bringBuiltinDeckUpToDate(getDb(), fetchJson, Date.now());
    else await updateInWorker();
  } finally {
    deckWriting.set(false);
  }
}

function updateInWorker(): Promise<void> {
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
