import { afterEach, beforeEach, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, syncDeck, writeFailureOf } from '../../../lib/db';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';

const now = Date.UTC(2026, 5, 10, 12);
let name: string;
let oldTab: KubecardsDb;
beforeEach(async () => {
  name = freshName();
  oldTab = openDb(name);
  await syncDeck(oldTab, artifact([basicCard('a', 0)]), now);
});
afterEach(() => oldTab.close());

/** What a newer release does on opening: raise the version and add a store (another tab, raw IndexedDB). */
function upgradeInAnotherTab(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 990);
    open.onupgradeneeded = () => open.result.createObjectStore('fromTheFuture');
    open.onblocked = () => reject(new Error('blocked by the old tab'));
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('reviewLog').objectStore('reviewLog').count();
      read.onsuccess = () => {
        open.result.close();
        resolve(read.result);
      };
    };
  });
}

// Issue 18.1 and issue 17 §4: Dexie closed the old tab's connection on `versionchange`, then silently reopened the
// newer database on the next query, and the old code wrote a review row the new version's migration never saw.
it('an old tab refuses every write once another tab upgraded the schema', async () => {
  expect(await upgradeInAnotherTab()).toBe(0);
  const write = answerCard(oldTab, createScheduler(), { cardKey: cardKey('k8s', 'a'), shownVersion: 0, rating: 3, now, durationMs: 1 });
  const failure = await write.then(
    () => null,
    (error: unknown) => writeFailureOf(error),
  );
  expect(failure).toEqual({ kind: 'newer-version' });
  expect(await upgradeInAnotherTab()).toBe(0);
});
