import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  answerCard,
  applyCardAction,
  cardKey,
  dataGeneration,
  type KubecardsDb,
  openDb,
  syncDeck,
  undoAnswer,
  undoCardAction,
  writeFailureOf,
} from '../../../lib/db';
import { createBackup, restoreBackup } from '../../../lib/export';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';

const now = Date.UTC(2026, 5, 10, 12);
const deck = artifact([basicCard('a', 0), basicCard('b', 1)]);
const answer = (db: KubecardsDb, id: string) =>
  answerCard(db, createScheduler(), { cardKey: cardKey('k8s', id), shownVersion: 0, rating: 3, now, durationMs: 1 });

let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, deck, now);
});
afterEach(() => db.close());

/** A backup from elsewhere whose first answer (log id 1) is to card b. */
async function backupAnsweringB() {
  const elsewhere = openDb(freshName());
  await syncDeck(elsewhere, deck, now);
  await answer(elsewhere, 'b');
  const backup = await createBackup(elsewhere, now);
  elsewhere.close();
  return backup;
}

// Issue 17 §4: tab A answers, tab B restores a backup, tab A presses Undo: a review row of the *restored* log (same id)
// was removed and its card's schedule rewound.
it('an undo recorded before a restore is refused and changes nothing of the restored data', async () => {
  const backup = await backupAnsweringB();
  const answeredIn = await dataGeneration(db);
  const log = await answer(db, 'a');
  expect(log.id).toBe(1);
  await restoreBackup(db, backup);
  const restored = { log: await db.reviewLog.toArray(), schedule: await db.schedule.toArray() };

  const refusal = await undoAnswer(db, log.id as number, answeredIn, now).catch(writeFailureOf);
  expect(refusal).toEqual({ kind: 'replaced' });
  expect({ log: await db.reviewLog.toArray(), schedule: await db.schedule.toArray() }).toEqual(restored);
});

it('so is the undo of a card action', async () => {
  const backup = await backupAnsweringB();
  const doneIn = await dataGeneration(db);
  const undo = await applyCardAction(db, cardKey('k8s', 'b'), 0, { type: 'forget' }, now);
  await restoreBackup(db, backup);
  const restored = await db.schedule.toArray();
  expect(await undoCardAction(db, undo, doneIn, now).catch(writeFailureOf)).toEqual({ kind: 'replaced' });
  expect(await db.schedule.toArray()).toEqual(restored);
});
