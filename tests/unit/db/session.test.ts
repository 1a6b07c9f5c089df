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
  loadSession(db, { deckId: 'k8s' }, at, day, { ...DEFAULT_QUEUE_LIMITS, burySiblings });
const ids = (read: Awaited<ReturnType<typeof session>>) => read.candidates.map((c) => c.card.id);

describe('the cards read ahead', () => {
  it('are the cards the screen will show after the answer: never a sibling that the answer buries', async () => {
    const before = await session(now, true);
    expect(ids(before)).toEqual(['a#1', 'b#1']);
    await answerCard(db, scheduler, {
      cardKey: cardKey('k8s', 'a#1'),
      shownVersion: 0,
      rating: 3,
      now,
      durationMs: 1,
      burySiblingsUntil: day.end,
    });
    // a#1 is now learning, due in 10 minutes: within learn-ahead, it comes after the other note's card.
    expect(ids(await session(now + 1000, true))).toEqual(['b#1', 'a#1']);
  });

  it('are the siblings in note order when siblings are not buried', async () => {
    expect(ids(await session(now, false))).toEqual(['a#1', 'a#2', 'a#3', 'b#1']);
  });
});
