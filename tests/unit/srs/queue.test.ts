import { describe, expect, it } from 'vitest';
import { CardState } from '../../../lib/model';
import { buildQueue, DEFAULT_QUEUE_LIMITS, orderNewCards, type QueueCard, type QueueInput, studyDay } from '../../../lib/srs';

const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4);
const MIN = 60_000;

let serial = 0;
const card = (state: QueueCard['state'], due: number, noteId = `n${serial}`): QueueCard => ({
  cardId: `c${serial}`,
  noteId,
  state,
  due,
  ord: serial++,
});
const news = (n: number) => Array.from({ length: n }, () => card(CardState.New, day.start));
const reviews = (n: number) => Array.from({ length: n }, (_, i) => card(CardState.Review, day.start - i * MIN));

function input(over: Partial<QueueInput>): QueueInput {
  return {
    now,
    day,
    learning: [],
    reviews: [],
    newCards: [],
    doneToday: { newCount: 0, reviewCount: 0, noteIds: new Set() },
    limits: DEFAULT_QUEUE_LIMITS,
    ...over,
  };
}

describe('buildQueue', () => {
  it('orders due learning cards, then reviews by due, then new cards in note order', () => {
    const learn = card(CardState.Learning, now - MIN);
    const [r1, r2] = [card(CardState.Review, now - 2 * 86_400_000), card(CardState.Review, now - 3 * 86_400_000)];
    const [n1, n2] = [card(CardState.New, now), card(CardState.New, now)];
    const q = buildQueue(input({ learning: [learn], reviews: [r1, r2], newCards: [n2, n1] }));
    expect(q.cards.map((c) => c.cardId)).toEqual([learn, r2, r1, n1, n2].map((c) => c.cardId));
    expect(q.counts).toEqual({ new: 2, learning: 1, review: 2 });
  });

  it('respects the daily limits of 20 new and 200 reviews', () => {
    const q = buildQueue(input({ reviews: reviews(250), newCards: news(40) }));
    expect(q.counts).toEqual({ new: 20, learning: 0, review: 200 });
  });

  it('subtracts what was already answered today', () => {
    const q = buildQueue(
      input({ reviews: reviews(250), newCards: news(40), doneToday: { newCount: 15, reviewCount: 190, noteIds: new Set() } }),
    );
    expect(q.counts).toEqual({ new: 5, learning: 0, review: 10 });
    const done = buildQueue(input({ newCards: news(5), doneToday: { newCount: 25, reviewCount: 0, noteIds: new Set() } }));
    expect(done.counts.new).toBe(0);
  });

  it('buries siblings: one card per note, none of a note answered today', () => {
    const a = card(CardState.New, now, 'note-a');
    const aReverse = card(CardState.New, now, 'note-a');
    const b = card(CardState.New, now, 'note-b');
    const q = buildQueue(input({ newCards: [a, aReverse, b], doneToday: { newCount: 0, reviewCount: 0, noteIds: new Set(['note-b']) } }));
    expect(q.cards.map((c) => c.cardId)).toEqual([a.cardId]);
    const unburied = buildQueue(input({ newCards: [a, aReverse, b], limits: { ...DEFAULT_QUEUE_LIMITS, burySiblings: false } }));
    expect(unburied.cards).toHaveLength(3);
  });

  it('shows learning cards due within 20 minutes only when nothing else is left, and says when the next one is due', () => {
    const soon = card(CardState.Learning, now + 5 * MIN);
    const later = card(CardState.Relearning, now + 60 * MIN);
    const n = card(CardState.New, now);
    expect(buildQueue(input({ learning: [soon, later], newCards: [n] })).cards.map((c) => c.cardId)).toEqual([n.cardId, soon.cardId]);
    const onlyLater = buildQueue(input({ learning: [later] }));
    expect(onlyLater.cards).toEqual([]);
    expect(onlyLater.nextLearningDue).toBe(later.due);
    expect(onlyLater.counts.learning).toBe(1);
  });
});

describe('new card order', () => {
  const cards = [
    { cardId: 'a1', noteId: 'a1', state: CardState.New, due: 0, ord: 0, topic: 'A' },
    { cardId: 'a2', noteId: 'a2', state: CardState.New, due: 0, ord: 1, topic: 'A' },
    { cardId: 'b1', noteId: 'b1', state: CardState.New, due: 0, ord: 2, topic: 'B' },
    { cardId: 'b2', noteId: 'b2', state: CardState.New, due: 0, ord: 3, topic: 'B' },
  ] as QueueCard[];

  it('notes order, topics taking turns, and a shuffle that is stable within a day', () => {
    expect(orderNewCards(cards, 'notes', '2026-06-10').map((c) => c.cardId)).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(orderNewCards(cards, 'topic', '2026-06-10').map((c) => c.cardId)).toEqual(['a1', 'b1', 'a2', 'b2']);
    const shuffled = orderNewCards(cards, 'random', '2026-06-10').map((c) => c.cardId);
    expect(orderNewCards(cards, 'random', '2026-06-10').map((c) => c.cardId)).toEqual(shuffled);
    expect([...shuffled].sort()).toEqual(['a1', 'a2', 'b1', 'b2']);
    const days = ['2026-06-11', '2026-06-12', '2026-06-13', '2026-06-14'].map((d) =>
      orderNewCards(cards, 'random', d)
        .map((c) => c.cardId)
        .join(),
    );
    expect(new Set(days).size).toBeGreaterThan(1);
  });

  it('counts come from the available totals when the lists are only a window', () => {
    const q = buildQueue(input({ newCards: news(5), reviews: reviews(5), available: { new: 500, review: 300 } }));
    expect(q.counts).toEqual({ new: 20, learning: 0, review: 200 });
  });
});
