import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  browseCards,
  cardKey,
  type KubecardsDb,
  loadCramQueue,
  loadQueue,
  loadSession,
  nextDueAfter,
  openDb,
  syncDeck,
} from '../../../lib/db';
import { DEFAULT_QUEUE_LIMITS, studyDay } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';

// Issue 17 §5: `Lang` and `Lang::Verbs` were two unrelated decks, so studying `Lang` left out its child's cards.

const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4);
let db: KubecardsDb;

async function deck(id: string, name: string, cards: number) {
  const list = Array.from({ length: cards }, (_, i) => basicCard(`${id}-${i}`, i));
  await syncDeck(db, { ...artifact(list), deckId: id, name: { en: name, zh: name } }, now);
}

beforeEach(async () => {
  db = openDb(freshName());
  await deck('lang', 'Lang', 2);
  await deck('verbs', 'Lang::Verbs', 3);
  await deck('other', 'Language', 4);
});
afterEach(() => db.close());

describe('a parent deck takes in its sub-decks', () => {
  it('studying Lang shows Lang::Verbs cards, and not those of a deck whose name only starts alike', async () => {
    const read = await loadSession(db, { deckId: 'lang' }, now, day, DEFAULT_QUEUE_LIMITS);
    expect(read.counts.new).toBe(5);
    const queue = await loadQueue(db, 'lang', now, day, DEFAULT_QUEUE_LIMITS);
    expect(queue.cards.map((c) => c.cardId).sort()).toEqual(
      [...['0', '1'].map((i) => cardKey('lang', `lang-${i}`)), ...['0', '1', '2'].map((i) => cardKey('verbs', `verbs-${i}`))].sort(),
    );
  });

  it('studying the child shows only its own cards', async () => {
    const read = await loadSession(db, { deckId: 'verbs' }, now, day, DEFAULT_QUEUE_LIMITS);
    expect(read.counts.new).toBe(3);
  });

  it('cramming the parent takes in the child', async () => {
    const queue = await loadCramQueue(db, 'lang', undefined, new Set(), [], now);
    expect(queue.cards).toHaveLength(5);
  });

  it('the next due card of the parent may be the child’s', async () => {
    const key = cardKey('verbs', 'verbs-0');
    const row = await db.schedule.get(key);
    if (!row) throw new Error('no schedule row');
    await db.schedule.put({ ...row, state: 2, queue: 2, due: now + 86_400_000 });
    expect(await nextDueAfter(db, 'lang', now)).toBe(now + 86_400_000);
  });

  it('the browser’s deck filter takes in the child', async () => {
    expect((await browseCards(db, { deckId: 'lang' }, now)).total).toBe(5);
    expect((await browseCards(db, { deckId: 'lang', state: 'new' }, now)).total).toBe(5);
    expect((await browseCards(db, { deckId: 'lang', text: 'front' }, now)).total).toBe(5);
    expect((await browseCards(db, { deckId: 'verbs' }, now)).total).toBe(3);
  });
});
