import { getSetting, setSetting } from '../../db';
import { syncOnce } from '../../db/syncOnce';
import { getDb } from '../db';
import { couchRemote } from './couchRemote';
import { markSyncSetUp } from './syncFlag';
import { setSyncing } from './syncing';

// The sync engine of the page, loaded only once sync is set up (at the page's start on a device whose flag says so,
// Settings → Sync, or an answer on a device that has an account). It syncs on start, when the browser comes online or
// the page becomes visible, a few seconds after
// answers, and on "Sync now"; one round at a time, never in the way of a review (every write is its own transaction).

/** Answers are gathered this long before they are pushed. */
const AFTER_ANSWERS_MS = 5_000;

let running: Promise<void> | null = null;
let again = false;
let started = false;
let timer: ReturnType<typeof setTimeout> | null = null;

/** One round now (or right after the one under way); its outcome goes to the `syncStatus` setting. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    const db = getDb();
    const account = await getSetting(db, 'syncAccount');
    markSyncSetUp(account !== undefined);
    if (!account) return;
    const status = (await getSetting(db, 'syncStatus')) ?? { lastSyncedAt: null, lastError: null };
    try {
      await syncOnce(db, couchRemote(account.server, account.user));
      await setSetting(db, 'syncStatus', { lastSyncedAt: Date.now(), lastError: null });
    } catch (error) {
      // The server's refusals carry their HTTP status (SyncHttpError, or a `_bulk_docs` refusal from syncOnce).
      const status_ = (error as { status?: unknown } | null)?.status;
      const message = error instanceof Error ? error.message : String(error);
      await setSetting(db, 'syncStatus', { ...status, lastError: { status: typeof status_ === 'number' ? status_ : -1, message } });
    }
  })().finally(() => {
    running = null;
    setSyncing(false);
    if (again) {
      again = false;
      void syncNow();
    }
  });
  setSyncing(true);
  return running;
}

/** Log entries were written (answers, actions, undos): sync a little later, once for a burst of them. */
export function answered(): void {
  startSyncAgent();
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void syncNow();
  }, AFTER_ANSWERS_MS);
}

/** Starts syncing with the page's life (once per page); a device without an account does nothing. */
export function startSyncAgent(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void syncNow());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncNow();
  });
  void syncNow();
}
