import type { Page } from 'playwright-core';

/**
 * The IndexedDB version a newer Kubecards opens with: far past any release (Dexie stores schema × 10; it was 50, which
 * schema 5 then reached, and the test stopped testing a newer database).
 */
export const NEWER_VERSION = 10_000;

/** What a newer Kubecards does when it opens the database: raise the version and add a store (from this page). */
export function openAsNewerVersion(page: Page) {
  return page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kubecards', version);
        open.onupgradeneeded = () => open.result.createObjectStore('fromTheFuture');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error('blocked by an open connection'));
      }),
    NEWER_VERSION,
  );
}
