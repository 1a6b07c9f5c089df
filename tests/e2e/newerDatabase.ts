import type { Page } from 'playwright-core';

/** What a newer Kubecards does when it opens the database: raise the version and add a store (from this page). */
export function openAsNewerVersion(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kubecards', 50);
        open.onupgradeneeded = () => open.result.createObjectStore('fromTheFuture');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error('blocked by an open connection'));
      }),
  );
}
