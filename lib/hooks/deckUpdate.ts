import { bringBuiltinDeckUpToDate, type FetchJson } from '../db';
import type { DeckStep } from '../db/builtinDeck';
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

/**
 * The first cards at once; the rest of the deck (~400 KB to parse, ~1,600 cards to write) once the page is idle: on a
 * phone's few cores the worker would otherwise take the CPU from the first screen while it draws the first card.
 */
async function updateInWorker(): Promise<void> {
  const worker = new Worker(SYNC_WORKER_URL);
  try {
    await step(worker, 'first');
    await pageIdle();
    await step(worker, 'rest');
  } finally {
    worker.terminate();
  }
}

/** How long the rest of the deck waits at most for the page to be idle. */
const IDLE_WAIT_MS = 2000;

/** The page's next idle period after the work now queued (the first cards' screen update), twice over. */
async function pageIdle(): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return;
  for (let i = 0; i < 2; i++) await new Promise((done) => requestIdleCallback(done, { timeout: IDLE_WAIT_MS }));
}

function step(worker: Worker, deckStep: DeckStep): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ok: boolean; reason?: string; full?: boolean }>) => {
      if (event.data.ok) resolve();
      else reject(event.data.full ? new DOMException(event.data.reason ?? '', 'QuotaExceededError') : new Error(event.data.reason));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'deck update failed'));
    worker.postMessage(deckStep);
  });
}
