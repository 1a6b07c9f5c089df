import { afterEach, beforeEach, expect, it } from 'vitest';
import { answerCard, cardKey, dailyStatsOf, deleteDeck, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { createScheduler, studyDay } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';

const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4).key;
let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0)]), now);
  await syncDeck(db, { ...artifact([basicCard('x', 0), basicCard('y', 1)]), deckId: 'mine' }, now);
  const answer = (deckId: string, id: string) =>
    answerCard(db, createScheduler(), { cardKey: cardKey(deckId, id), shownVersion: 0, rating: 3, now, durationMs: 1000, day });
  await answer('k8s', 'a');
  await answer('mine', 'x');
  await answer('mine', 'y');
});
afterEach(() => db.close());

// Issue 17 §4: deleting a deck deleted its review log but left its daily totals, so the statistics still counted its
// reviews. A deleted deck's history leaves the statistics with it (README, "Deleting a deck").
it('deleting a deck takes its reviews out of the statistics, as its log', async () => {
  await deleteDeck(db, 'mine', 0);
  const totals = await db.dailyStats.toArray();
  expect(totals.map((row) => [row.deckId, row.reviews])).toEqual([['k8s', 1]]);
  // The same totals a restore would rebuild from the log that is left.
  expect(totals).toEqual(dailyStatsOf(await db.reviewLog.toArray()));
});
