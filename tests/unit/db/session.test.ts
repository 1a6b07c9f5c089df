import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, loadSession, openDb, syncDeck } from '../../../lib/db';
import { createScheduler, DEFAULT_QUEUE_LIMITS, DEFAULT_SCHEDULER_SETTINGS, studyDay } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4);
const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
let db: KubecardsDb;
// Two notes: `a` with three cards (siblings), then `b`.
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a#1', 0), basicCard('a#2', 1), basicCard('a#3', 2), basicCard('b#1', 3)]), now);
});
afterEach(() => db.close());

const session = (at: number, burySiblings: boolean) =>
  loadSession(db, { deckId: 'k8s' }, at, day, { ...DEFAULT_QUEUE_LIMITS, burySiblings }, null);

describe('the card read ahead', () => {
  it('is the card the screen will show after the answer: never a sibling that the answer buries', async () => {
    const before = await session(now, true);
    expect(before.current?.card.id).toBe('a#1');
    expect(before.upcoming?.card.id).toBe('b#1');
    await answerCard(db, scheduler, {
      cardKey: cardKey('k8s', 'a#1'),
      shownVersion: 0,
      rating: 3,
      now,
      durationMs: 1,
      burySiblingsUntil: day.end,
    });
    expect((await session(now + 1000, true)).current?.card.id).toBe(before.upcoming?.card.id);
  });

  it('is the next sibling when siblings are not buried', async () => {
    expect((await session(now, false)).upcoming?.card.id).toBe('a#2');
  });
});
