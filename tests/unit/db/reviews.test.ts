import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, NewerDatabaseError, openDb, StaleReviewError, syncDeck, undoAnswer } from '../../../lib/db';
import { CardState } from '../../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
const now = Date.UTC(2026, 5, 10, 12);
const key = cardKey('k8s', 'a');
let db: KubecardsDb;

beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
});
afterEach(() => db.close());

describe('answerCard', () => {
  it('writes the new state and one log row together', async () => {
    const log = await answerCard(db, scheduler, { cardKey: key, shownVersion: 0, rating: 3, now, durationMs: 4200 });
    const state = await db.schedule.get(key);
    expect(state).toMatchObject({ state: CardState.Learning, reps: 1, version: 1, due: now + 10 * 60_000 });
    expect(await db.reviewLog.toArray()).toEqual([{ ...log, id: log.id }]);
    expect(log).toMatchObject({
      cardKey: key,
      rating: 3,
      review: now,
      durationMs: 4200,
      version: 1,
      before: { state: CardState.New, reps: 0 },
    });
  });

  it('writes nothing when the log write fails: the state is unchanged', async () => {
    const before = await db.schedule.get(key);
    db.reviewLog.hook('creating', () => {
      throw new Error('simulated log write failure');
    });
    await expect(answerCard(db, scheduler, { cardKey: key, shownVersion: 0, rating: 3, now, durationMs: 1 })).rejects.toThrow(
      'simulated log write failure',
    );
    expect(await db.schedule.get(key)).toEqual(before);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('refuses a stale answer: the card changed since it was shown (another tab)', async () => {
    await answerCard(db, scheduler, { cardKey: key, shownVersion: 0, rating: 3, now, durationMs: 1 });
    const afterFirst = await db.schedule.get(key);
    await expect(
      answerCard(db, scheduler, { cardKey: key, shownVersion: 0, rating: 1, now: now + 1000, durationMs: 1 }),
    ).rejects.toBeInstanceOf(StaleReviewError);
    expect(await db.schedule.get(key)).toEqual(afterFirst);
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('undo restores the exact previous state and removes the log row', async () => {
    const before = await db.schedule.get(key);
    const log = await answerCard(db, scheduler, { cardKey: key, shownVersion: 0, rating: 4, now, durationMs: 1 });
    const restored = await undoAnswer(db, log.id as number, 0, now);
    expect(restored).toEqual({ ...before, version: 2 });
    expect(await db.schedule.get(key)).toEqual(restored);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('refuses to undo an answer whose card was answered again since', async () => {
    const first = await answerCard(db, scheduler, { cardKey: key, shownVersion: 0, rating: 1, now, durationMs: 1 });
    await answerCard(db, scheduler, { cardKey: key, shownVersion: 1, rating: 3, now: now + 60_000, durationMs: 1 });
    await expect(undoAnswer(db, first.id as number, 0, now)).rejects.toBeInstanceOf(StaleReviewError);
    expect(await db.reviewLog.count()).toBe(2);
  });
});

describe('a database from a newer app version', () => {
  it('is refused before any query runs and its rows are left as they were', async () => {
    const Dexie = (await import('dexie')).default;
    const name = freshName();
    // One version past this app's (schema 5 added syncContent; the test outlives every new version).
    const future = openDb(freshName()).verno + 1;
    const newer = new Dexie(name);
    newer.version(future).stores({ decks: 'id', future: 'key' });
    await newer.open();
    await newer.table('decks').put({ id: 'kept', name: 'from the future' });
    newer.close();
    const older = openDb(name);
    await expect(older.open()).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(older.decks.toArray()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const again = new Dexie(name);
    again.version(future).stores({ decks: 'id', future: 'key' });
    expect(await again.table('decks').get('kept')).toEqual({ id: 'kept', name: 'from the future' });
    again.close();
  });
});
