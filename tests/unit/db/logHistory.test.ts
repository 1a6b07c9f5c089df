import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, applyCardAction, cardKey, type KubecardsDb, openDb, readCardDetail, syncDeck } from '../../../lib/db';
import { reviewLogCsv } from '../../../lib/export';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

// Marks and undos are log entries now (they sync): what reads answers must not take them for answers.

const now = Date.UTC(2026, 5, 10, 12);
const key = cardKey('k8s', 'a');
let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0)]), now);
});
afterEach(() => db.close());

describe('a log with marks in it', () => {
  it("the card's history and the optimizer's CSV hold the answer and the forget, not the flag, suspend or undo", async () => {
    await answerCard(db, createScheduler(DEFAULT_SCHEDULER_SETTINGS), { cardKey: key, shownVersion: 0, rating: 3, now, durationMs: 1000 });
    await applyCardAction(db, key, 1, { type: 'flag', flag: 2 }, now + 1);
    await applyCardAction(db, key, 2, { type: 'suspend' }, now + 2);
    await applyCardAction(db, key, 3, { type: 'forget' }, now + 3);
    await db.reviewLog.add({ ...(await db.reviewLog.get(1)), id: 99, gid: 'other:1:99', kind: 'undo', target: 'other:0:0' } as never);
    expect(await db.reviewLog.count()).toBe(5);
    const { history } = await readCardDetail(db, key);
    expect(history.map((row) => row.kind ?? 'review')).toEqual(['review', 'forget']);
    expect(
      reviewLogCsv(await db.reviewLog.toArray())
        .trim()
        .split('\n'),
    ).toHaveLength(3);
  });
});
