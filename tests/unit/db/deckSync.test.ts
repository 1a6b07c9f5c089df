import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

describe('syncDeck', () => {
  it('adds every card as new on first start', async () => {
    const summary = await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
    expect(summary).toEqual({ added: 2, updated: 0, retired: 0, unchanged: 0 });
    expect(await db.schedule.count()).toBe(2);
    expect(await db.decks.get('k8s')).toMatchObject({ hash: expect.any(String), updatedAt: now });
  });

  it('does nothing when the deck hash is unchanged', async () => {
    const deck = artifact([basicCard('a', 0)]);
    await syncDeck(db, deck, now);
    expect(await syncDeck(db, deck, now + 1)).toBeNull();
  });

  it('editing a card wording keeps its schedule and review history', async () => {
    await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
    await answerCard(db, createScheduler(), { cardKey: cardKey('k8s', 'a'), shownVersion: 0, rating: 3, now, durationMs: 1 });
    const scheduleBefore = await db.schedule.get(cardKey('k8s', 'a'));

    const summary = await syncDeck(db, artifact([basicCard('a', 0, 'reworded front'), basicCard('b', 1)]), now + 1000);
    expect(summary).toEqual({ added: 0, updated: 1, retired: 0, unchanged: 1 });
    const card = await db.cards.get(cardKey('k8s', 'a'));
    expect(card?.kind === 'basic' && card.content.en.front).toBe('reworded front');
    expect(await db.schedule.get(cardKey('k8s', 'a'))).toEqual(scheduleBefore);
    expect(await db.reviewLog.where('cardKey').equals(cardKey('k8s', 'a')).count()).toBe(1);
  });

  it('retires a removed card without deleting its history, and revives it when it comes back', async () => {
    await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
    await answerCard(db, createScheduler(), { cardKey: cardKey('k8s', 'b'), shownVersion: 0, rating: 3, now, durationMs: 1 });

    expect(await syncDeck(db, artifact([basicCard('a', 0)]), now + 1)).toEqual({ added: 0, updated: 0, retired: 1, unchanged: 1 });
    expect(await db.cards.get(cardKey('k8s', 'b'))).toMatchObject({ retired: 1 });
    expect(await db.schedule.get(cardKey('k8s', 'b'))).toMatchObject({ active: 0, reps: 1 });
    expect(await db.reviewLog.count()).toBe(1);

    expect(await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)], 'back'), now + 2)).toMatchObject({ updated: 1 });
    expect(await db.schedule.get(cardKey('k8s', 'b'))).toMatchObject({ active: 1, reps: 1 });
  });
});
