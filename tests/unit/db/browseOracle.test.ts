import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowseQuery,
  type BrowseSort,
  type BrowseState,
  browseCards,
  type CardRecord,
  type KubecardsDb,
  openDb,
  type ScheduleRecord,
  syncDeck,
} from '../../../lib/db';
import { browseKeys } from '../../../lib/db/browse';
import { CardState, type ReviewCard } from '../../../lib/model';
import { retrievability } from '../../../lib/stats/aggregate';
import { prng } from '../prng';
import { artifact, basicCard, freshName } from './helpers';

// The browser reads through indexes chosen per query; this checks every path against the plain definition, applied
// to every card of a random collection (two decks, every state, some retired cards).
const now = Date.UTC(2026, 5, 10, 12);
const DAY = 86_400_000;
const TOPICS = ['1.1', '1.2', '2', '2.1', '2.3', '2.10', '3.2'];
const TAGS = ['area-api', 'area-operations', 'cka-storage'];
const random = prng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
let db: KubecardsDb;
let allCards: CardRecord[];
let schedules: Map<string, ScheduleRecord>;

function deckCards(prefix: string, count: number, ordFrom: number): ReviewCard[] {
  return Array.from({ length: count }, (_, i) => ({
    ...basicCard(`${prefix}${i}`, ordFrom + i),
    kind: random() < 0.3 ? ('cloze' as const) : ('basic' as const),
    topic: pick(TOPICS),
    tags: TAGS.filter(() => random() < 0.4),
  })) as ReviewCard[];
}

/** A random place in study for one card: any state, parked or not, due in the past or the future. */
function randomSchedule(s: ScheduleRecord): ScheduleRecord {
  const state = pick([CardState.New, CardState.Learning, CardState.Review, CardState.Relearning]);
  if (state === CardState.New) return { ...s, suspended: random() < 0.1 ? 1 : 0 };
  const stability = 0.5 + random() * 60;
  return {
    ...s,
    state,
    stability,
    difficulty: 1 + random() * 9,
    // Whole days, so that many cards fall due at the same instant (ties go in note order).
    due: now + Math.round(random() * 60 - 20) * DAY,
    lastReview: now - Math.round(random() * 40 * DAY),
    scheduledDays: Math.round(stability),
    lapses: Math.floor(random() * 6),
    reps: 3,
    suspended: random() < 0.1 ? 1 : 0,
    buriedUntil: random() < 0.1 ? now + DAY : 0,
    leech: random() < 0.1 ? 1 : 0,
  };
}

beforeAll(async () => {
  db = openDb(freshName());
  const a = deckCards('a', 300, 0);
  const b = deckCards('b', 200, 300);
  await syncDeck(db, artifact(a), now);
  await syncDeck(db, { ...artifact(b), deckId: 'mine' }, now);
  // Retire a few cards of the built-in deck: the browser never shows them.
  await syncDeck(db, artifact(a.filter((_, i) => i % 25 !== 0)), now);
  await db.schedule.bulkPut((await db.schedule.toArray()).map(randomSchedule));
  allCards = await db.cards.toArray();
  schedules = new Map((await db.schedule.toArray()).map((s) => [s.key, s]));
});
afterAll(() => db.close());

/** The definition: every active card passing every filter, sorted, without any index. */
function expected(query: BrowseQuery): { keys: string[]; total: number } {
  const matches = (card: CardRecord, s: ScheduleRecord) => {
    const texts = [card.id, ...Object.values(card.content.en), ...Object.values(card.content.zh)].map((t) => String(t).toLowerCase());
    const dueDays = (s.due - now) / DAY;
    const r = s.state === CardState.New ? null : retrievability((now - (s.lastReview ?? now)) / DAY, s.stability);
    const state: Record<BrowseState, boolean> = {
      new: s.state === CardState.New && s.suspended !== 1 && !s.buriedUntil,
      learning: (s.state === CardState.Learning || s.state === CardState.Relearning) && s.suspended !== 1 && !s.buriedUntil,
      review: s.state === CardState.Review && s.suspended !== 1 && !s.buriedUntil,
      suspended: s.suspended === 1,
      buried: s.suspended !== 1 && Boolean(s.buriedUntil),
      leech: s.leech === 1,
    };
    const hasDue = query.dueFromDays !== undefined || query.dueToDays !== undefined;
    return (
      card.retired === 0 &&
      (!query.deckId || card.deckId === query.deckId) &&
      (!query.text || texts.some((t) => t.includes(query.text as string))) &&
      (!query.topic || card.topic === query.topic || card.topic.startsWith(`${query.topic}.`)) &&
      (!query.kind || card.kind === query.kind) &&
      (!query.tag || card.tags.includes(query.tag)) &&
      (!query.state || state[query.state]) &&
      (!hasDue ||
        (s.state !== CardState.New &&
          (query.dueFromDays === undefined || dueDays >= query.dueFromDays) &&
          (query.dueToDays === undefined || dueDays <= query.dueToDays))) &&
      (query.retrievabilityBelow === undefined || (r !== null && r < query.retrievabilityBelow))
    );
  };
  const sortKey: Record<BrowseSort, (s: ScheduleRecord) => number> = {
    order: (s) => s.ord,
    due: (s) => (s.state === CardState.New ? Infinity : s.due),
    interval: (s) => -s.scheduledDays,
    difficulty: (s) => -s.difficulty,
    lapses: (s) => -s.lapses,
  };
  const by = sortKey[query.sort ?? 'order'];
  const sign = query.descending ? -1 : 1;
  const found = allCards
    .map((card) => ({ card, s: schedules.get(card.key) as ScheduleRecord }))
    .filter(({ card, s }) => matches(card, s))
    .sort((x, y) => sign * (by(x.s) - by(y.s)) || x.s.ord - y.s.ord);
  return { keys: found.slice(0, query.limit ?? 100).map(({ card }) => card.key), total: found.length };
}

function randomQuery(): BrowseQuery {
  const query: BrowseQuery = { limit: pick([5, 40, 100]) };
  if (random() < 0.3) query.text = pick(['a1', 'b', '正面 a2', 'front of b1']);
  if (random() < 0.4) query.deckId = pick(['k8s', 'mine']);
  if (random() < 0.3) query.topic = pick(['1', '2', '2.1', '2.3', '3']);
  if (random() < 0.2) query.kind = pick(['basic', 'cloze']);
  if (random() < 0.2) query.tag = pick(TAGS);
  if (random() < 0.5) query.state = pick(['new', 'learning', 'review', 'suspended', 'buried', 'leech'] as const);
  if (random() < 0.3) query.dueFromDays = pick([-30, -1, 0, 3]);
  if (random() < 0.3) query.dueToDays = pick([0, 1, 7, 30]);
  if (random() < 0.3) query.retrievabilityBelow = pick([0.5, 0.8, 0.95]);
  if (random() < 0.7) query.sort = pick(['order', 'due', 'interval', 'difficulty', 'lapses'] as const);
  if (random() < 0.2) query.descending = true;
  return query;
}

describe('card browser against its definition', () => {
  it('gives the same page and total as filtering every card, for 200 random queries', async () => {
    for (let i = 0; i < 200; i++) {
      const query = randomQuery();
      const { rows, total } = await browseCards(db, query, now);
      expect({ query, keys: rows.map((row) => row.card.key), total }).toEqual({ query, ...expected(query) });
    }
  });

  it("gives the same from the browser's copy of the schedule rows, and lists every match for select all matching", async () => {
    const memory = [...schedules.values()];
    for (let i = 0; i < 200; i++) {
      const query = randomQuery();
      const { rows, total } = await browseCards(db, query, now, undefined, memory);
      expect({ query, keys: rows.map((row) => row.card.key), total }).toEqual({ query, ...expected(query) });
      const all = await browseKeys(db, query, now, undefined, i % 2 ? memory : undefined);
      expect({ query, keys: all }).toEqual({ query, keys: expected({ ...query, limit: Infinity }).keys });
    }
  });

  it('reads windows of the ordered indexes exactly, ties at the edge of a window included, for every state, range and order', async () => {
    for (const state of [undefined, 'new', 'learning', 'review', 'suspended', 'buried'] as const)
      for (const due of [{}, { dueToDays: 7 }, { dueFromDays: -5, dueToDays: 5 }])
        for (const sort of ['due', 'order'] as const)
          for (const limit of [1, 5, 40])
            for (const deckId of [undefined, 'k8s']) {
              const query: BrowseQuery = { ...due, sort, limit, ...(state ? { state } : {}), ...(deckId ? { deckId } : {}) };
              const { rows, total } = await browseCards(db, query, now);
              expect({ query, keys: rows.map((row) => row.card.key), total }).toEqual({ query, ...expected(query) });
            }
  });

  it('every state and the empty query find something in this collection (the cases above are not all empty)', async () => {
    for (const state of ['new', 'learning', 'review', 'suspended', 'buried', 'leech'] as const)
      expect((await browseCards(db, { state }, now)).total).toBeGreaterThan(0);
    expect((await browseCards(db, {}, now)).total).toBe(300 - 12 + 200);
  });
});
