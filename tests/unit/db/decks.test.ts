import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activeCardCount,
  answerCard,
  applyCardAction,
  cardKey,
  deleteDeck,
  type KubecardsDb,
  loadQueue,
  openDb,
  renameDeck,
  setDeckNewLimit,
  syncDeck,
} from '../../../lib/db';
import { createScheduler, DEFAULT_QUEUE_LIMITS, studyDay } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4);
let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact(Array.from({ length: 30 }, (_, i) => basicCard(`c${i}`, i))), now);
});
afterEach(() => db.close());

describe('managing a deck', () => {
  it('counts the cards not retired: new, studied, suspended and buried ones, not those gone from the notes', async () => {
    await answerCard(db, createScheduler(), { cardKey: cardKey('k8s', 'c0'), shownVersion: 0, rating: 3, now, durationMs: 1 });
    await applyCardAction(db, cardKey('k8s', 'c1'), 0, { type: 'suspend' }, now);
    await applyCardAction(db, cardKey('k8s', 'c2'), 0, { type: 'bury', until: day.end }, now);
    expect(await activeCardCount(db, 'k8s')).toBe(30);
    // Two cards leave the notes: they are retired.
    await syncDeck(
      db,
      artifact(
        Array.from({ length: 28 }, (_, i) => basicCard(`c${i}`, i)),
        'v2',
      ),
      now,
    );
    expect(await activeCardCount(db, 'k8s')).toBe(28);
    expect(await activeCardCount(db, 'other')).toBe(0);
  });

  it('a per-deck new-card limit changes the queue; null goes back to the default', async () => {
    await setDeckNewLimit(db, 'k8s', 5, 0);
    expect((await loadQueue(db, 'k8s', now, day, DEFAULT_QUEUE_LIMITS)).counts.new).toBe(5);
    await setDeckNewLimit(db, 'k8s', null, 0);
    expect((await loadQueue(db, 'k8s', now, day, DEFAULT_QUEUE_LIMITS)).counts.new).toBe(20);
    await expect(setDeckNewLimit(db, 'k8s', -1, 0)).rejects.toThrow();
  });

  it('rename keeps everything else', async () => {
    await renameDeck(db, 'k8s', '  My cluster  ', 0);
    expect(await db.decks.get('k8s')).toMatchObject({ name: { en: 'My cluster', zh: 'My cluster' }, hash: expect.any(String) });
    await expect(renameDeck(db, 'k8s', ' ', 0)).rejects.toThrow();
  });

  it('delete removes the deck, its cards, schedules and review log, and nothing else', async () => {
    await answerCard(db, createScheduler(), { cardKey: cardKey('k8s', 'c0'), shownVersion: 0, rating: 3, now, durationMs: 1 });
    await db.decks.put({ id: 'other', name: { en: 'O', zh: 'O' }, source: 'import', hash: '', updatedAt: now });
    expect(await deleteDeck(db, 'k8s', 0)).toEqual({ cards: 30, reviews: 1 });
    expect([await db.cards.count(), await db.schedule.count(), await db.reviewLog.count()]).toEqual([0, 0, 0]);
    expect(await db.decks.toArray()).toEqual([expect.objectContaining({ id: 'other' })]);
  });
});
