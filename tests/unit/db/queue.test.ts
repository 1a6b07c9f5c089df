import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, loadQueue, nextDueAfter, openDb, syncDeck } from '../../../lib/db';
import { createScheduler, DEFAULT_QUEUE_LIMITS, DEFAULT_SCHEDULER_SETTINGS, studyDay } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4);
const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact(Array.from({ length: 30 }, (_, i) => basicCard(`c${i}`, i))), now);
});
afterEach(() => db.close());

describe('loadQueue', () => {
  it('offers 20 new cards in note order on a fresh deck', async () => {
    const q = await loadQueue(db, 'k8s', now, day, DEFAULT_QUEUE_LIMITS);
    expect(q.counts).toEqual({ new: 20, learning: 0, review: 0 });
    expect(q.cards[0].cardId).toBe(cardKey('k8s', 'c0'));
  });

  it('counts today’s answers against the new limit and puts the learning card back in the queue', async () => {
    await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'c0'), shownVersion: 0, rating: 1, now, durationMs: 1 });
    const q = await loadQueue(db, 'k8s', now + 1000, day, DEFAULT_QUEUE_LIMITS);
    expect(q.counts).toEqual({ new: 19, learning: 1, review: 0 });
    expect(q.cards[0].cardId).toBe(cardKey('k8s', 'c1'));
    const later = await loadQueue(db, 'k8s', now + 61_000, day, DEFAULT_QUEUE_LIMITS);
    expect(later.cards[0].cardId).toBe(cardKey('k8s', 'c0'));
  });

  it('tells when the next card is due once nothing is left today', async () => {
    const state = await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'c0'), shownVersion: 0, rating: 4, now, durationMs: 1 });
    expect(await nextDueAfter(db, 'k8s', now)).toBe((await db.schedule.get(state.cardKey))?.due);
  });
});
