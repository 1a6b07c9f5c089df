import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  answerCard,
  answerCount,
  applyCardAction,
  cardKey,
  type KubecardsDb,
  openDb,
  type ScheduleRecord,
  syncDeck,
  undoAnswer,
} from '../../../lib/db';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';

const now = Date.UTC(2026, 5, 10, 12);
const [a, b] = [cardKey('k8s', 'a'), cardKey('k8s', 'b')];
let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
});
afterEach(() => db.close());

const versionOf = async (key: string) => ((await db.schedule.get(key)) as ScheduleRecord).version;
const answer = async (key: string, at: number) =>
  answerCard(db, createScheduler(), {
    cardKey: key,
    shownVersion: await versionOf(key),
    rating: 3,
    now: at,
    durationMs: 1000,
    day: '2026-06-10',
  });

// Issue 14: the optimizer is offered from 1,000 reviews, but its count was `reviewLog.count()`: every log row, card
// actions (suspend, flag, bury, forget, reschedule, undo) included. A learner who suspended 1,000 cards was offered it.
it('the review count the optimizer is offered by counts answers only', async () => {
  await answer(a, now);
  await answer(b, now + 1);
  const undone = await answer(a, now + 2);
  await undoAnswer(db, undone.id as number, 0, now + 3);
  for (const action of [{ type: 'suspend' }, { type: 'flag', flag: 2 }, { type: 'unsuspend' }, { type: 'forget' }] as const)
    await applyCardAction(db, b, await versionOf(b), action, now + 4);
  await applyCardAction(db, a, await versionOf(a), { type: 'reschedule', days: 3 }, now + 5);

  // Seven rows in the log (the undone answer, never pushed, left it), two of them answers.
  expect(await db.reviewLog.count()).toBe(7);
  expect(await answerCount(db)).toBe(2);
});
