import { afterEach, beforeEach, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { applyBulkAction } from '../../../lib/db/bulkActions';
import { syncOnce } from '../../../lib/db/syncOnce';
import { pendingPush } from '../../../lib/db/syncPending';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';
import { memoryRemote } from '../db/memoryRemote';

// Local log ids were taken from the last row: once a note deletion removed the last rows, already pushed, the next
// answers got ids at or below "pushed up to" and were never pushed.

const now = Date.UTC(2026, 5, 10, 12);
const mine = (id: string) => cardKey('mine', id);
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
let db: KubecardsDb;

beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, { ...artifact([basicCard('n0#0', 0), basicCard('n1#0', 1)]), deckId: 'mine' }, now);
  await db.decks.update('mine', { source: 'import' });
});
afterEach(() => db.close());

it('an answer made after the last pushed rows were deleted with their note is still pushed', async () => {
  await answerCard(db, scheduler, { cardKey: mine('n0#0'), shownVersion: 0, rating: 3, now, durationMs: 1000 });
  await answerCard(db, scheduler, { cardKey: mine('n1#0'), shownVersion: 0, rating: 3, now: now + 1, durationMs: 1000 });
  await syncOnce(db, memoryRemote());
  await applyBulkAction(db, [mine('n1#0')], { type: 'deleteNotes' }, now + 2);
  await answerCard(db, scheduler, { cardKey: mine('n0#0'), shownVersion: 1, rating: 3, now: now + 3, durationMs: 1000 });
  const pending = await pendingPush(db, 5_000);
  expect(pending.docs.flatMap((doc) => (doc.type === 'log' ? doc.entries.map((entry) => entry.review) : []))).toEqual([now + 3]);
});
