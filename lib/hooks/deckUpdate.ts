import { type FetchJson, updateBuiltinDeck, writeFirstCards } from '../db';
import { getDb } from './db';
import { deckWriting } from './deckWriting';

export const SYNC_WORKER_URL = '/sync-worker.js';

/** The update runs in the sync worker; where workers are missing, here. */
async function updateInWorker(fetchJson: FetchJson): Promise<void> {
  if (typeof Worker === 'undefined') {
    await updateBuiltinDeck(getDb(), fetchJson, Date.now());
    return;
  }
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

/**
 * Brings a missing or outdated built-in deck up to date: the first cards here at once (starting the worker, a script of
 * its own, would delay them), the rest in the sync worker.
 */
export async function updateDeck(fetchJson: FetchJson): Promise<void> {
  deckWriting.set(true);
  try {
    await writeFirstCards(getDb(), fetchJson, Date.now());
    await updateInWorker(fetchJson);
  } finally {
    deckWriting.set(false);
  }
}
