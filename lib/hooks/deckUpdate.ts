import { bringBuiltinDeckUpToDate, type FetchJson } from '../db';
import type { DeckStep } from '../db/builtinDeck';
import { getDb } from './db';
import { deckWriting } from './deckWriting';

export const SYNC_WORKER_URL = '/sync-worker.js';

/**
 * Starts the deck's update at once, in the sync worker: its first step writes a first visit's first cards (nothing when
 * the deck is stored). How it goes on waits for the page's check of the stored deck: the function returned ends it
 * (`needed` false) or brings the whole deck up to date. A first visit starts it before that check has answered.
 */
export function startDeckUpdate(fetchJson: FetchJson): (needed: boolean) => Promise<void> {
  if (typeof Worker === 'undefined')
    return async (needed) => {
      if (needed) await writing(() => bringBuiltinDeckUpToDate(getDb(), fetchJson, Date.now()));
    };
  const worker = new Worker(SYNC_WORKER_URL);
  const first = step(worker, 'first');
  first.catch(() => undefined); // said by the update, once it is known to be needed
  return async (needed) => {
    if (!needed) return worker.terminate();
    await writing(async () => {
      try {
        await first;
        await pageIdle();
        await step(worker, 'rest');
      } finally {
        worker.terminate();
      }
    });
  };
}

/**
 * Brings a missing or outdated built-in deck up to date: in the sync worker (a first visit's first cards at once, the
 * rest of the deck once the page is idle: on a phone's few cores the worker would otherwise take the CPU from the first
 * screen while it draws the first card), off the page's main thread; where workers are missing, here.
 */
export const updateDeck = (fetchJson: FetchJson): Promise<void> => startDeckUpdate(fetchJson)(true);

async function writing(work: () => Promise<unknown>): Promise<void> {
  deckWriting.set(true);
  try {
    await work();
  } finally {
    deckWriting.set(false);
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
