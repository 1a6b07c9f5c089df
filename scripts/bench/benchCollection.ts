// The bench's generated collection, part by part (never shipped): kcBench.generate writes it through Dexie,
// kcBench.storageLayouts writes the same rows in other layouts.
import type { CardRecord, ReviewLogRecord, ScheduleRecord } from '../../lib/db';
import { CardState, type MemoryState, newMemoryState, type Rating } from '../../lib/model';

const DAY = 86_400_000;

export interface CollectionPart {
  cards: CardRecord[];
  schedule: ScheduleRecord[];
  logs: ReviewLogRecord[];
}

/**
 * Cards `start`…`end - 1` of a heavy user's collection, ~`reviews` reviews each (new cards have none). Like a real
 * collection: 20% new, 1% in (re)learning, the rest in review with due dates spread over ±30 days. `imported`: keyed
 * as an imported deck's cards are (what sync sends as notes).
 */
export function benchCollectionPart(o: {
  start: number;
  end: number;
  reviews: number;
  deckId: string;
  imported: boolean;
  now: number;
}): CollectionPart {
  const { reviews, deckId, imported, now } = o;
  const idOf = (i: number) => (imported ? `bench-c${i}` : `c${i}`);
  const part: CollectionPart = { cards: [], schedule: [], logs: [] };
  for (let i = o.start; i < o.end; i++) {
    // An imported card's key is its note's id and its place in the note (content sync finds a note's cards by it).
    const key = imported ? `import/${idOf(i)}#0` : `bench/${idOf(i)}`;
    const isNew = i % 5 === 0;
    const memory: MemoryState = isNew
      ? newMemoryState(now)
      : {
          ...newMemoryState(now),
          state: i % 100 === 1 ? CardState.Learning : CardState.Review,
          stability: 5 + (i % 50),
          difficulty: 5,
          reps: reviews,
          due: now + ((i % 61) - 30) * DAY,
          lastReview: now - 5 * DAY,
          scheduledDays: 10,
        };
    part.cards.push({
      key,
      id: idOf(i),
      noteId: idOf(i),
      ord: i,
      topic: '',
      tags: [],
      source: { en: { path: 'bench', line: i }, zh: { path: 'bench', line: i } },
      sources: [],
      kind: 'basic' as const,
      content: {
        en: { front: `Question ${i} about pods and services`, back: `Answer ${i}` },
        zh: { front: `问题 ${i}`, back: `答案 ${i}` },
      },
      deckId,
      retired: 0 as const,
    });
    part.schedule.push({ ...memory, key, deckId, noteId: idOf(i), topic: '', ord: i, active: 1 as const, version: isNew ? 0 : reviews });
    if (isNew) continue;
    for (let r = 0; r < reviews; r++) {
      part.logs.push({
        cardKey: key,
        deckId,
        noteId: idOf(i),
        rating: ((r % 4) + 1) as Rating,
        review: now - (reviews - r) * 7 * DAY,
        durationMs: 4000,
        before: newMemoryState(now),
        version: r + 1,
      });
    }
  }
  return part;
}
