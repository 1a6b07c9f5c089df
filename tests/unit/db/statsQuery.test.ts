import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, BUILTIN_DECK_ID, cardKey, type KubecardsDb, loadStats, openDb, type ScheduleRecord, syncDeck } from '../../../lib/db';
import { CardState, newMemoryState } from '../../../lib/model';
import { createScheduler, studyDay } from '../../../lib/srs';
import { retrievabilityBins } from '../../../lib/stats';
import { artifact, basicCard, freshName } from './helpers';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4);
let db: KubecardsDb;
let rows: ScheduleRecord[];

/** A deterministic mix: new, learning, relearning and review cards due from 40 days ago to 80 days ahead, some set aside. */
function collection(deckId: string, n: number): ScheduleRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const state = i % 7 === 0 ? CardState.New : i % 13 === 0 ? CardState.Learning : i % 17 === 0 ? CardState.Relearning : CardState.Review;
    return {
      ...newMemoryState(now),
      ...(state === CardState.New
        ? {}
        : { state, due: now + ((i * 7919) % (120 * DAY)) - 40 * DAY, stability: 1 + (i % 90), lastReview: now - (i % 60) * DAY }),
      key: `${deckId}/c${i}`,
      deckId,
      noteId: `c${i}`,
      topic: '',
      ord: i,
      active: 1,
      version: 1,
      ...(i % 29 === 0 ? { suspended: 1 as const } : {}),
      ...(i % 31 === 0 ? { buriedUntil: day.end } : {}),
    };
  });
}

beforeEach(async () => {
  db = openDb(freshName());
  rows = [...collection('one', 3000), ...collection('two', 500)];
  await db.decks.bulkPut(['one', 'two'].map((id) => ({ id, name: { en: id, zh: id }, source: 'import' as const, hash: '', updatedAt: 0 })));
  await db.schedule.bulkPut(rows);
});
afterEach(() => db.close());

const studiable = (s: ScheduleRecord) => s.suspended !== 1 && !(s.buriedUntil ?? 0);

describe('loadStats', () => {
  it("gives the built-in deck's mastery by its cards' tags: learned share per area, chapter, exam domain and card kind", async () => {
    const tagged = (id: string, ord: number, tags: string[]) => ({ ...basicCard(id, ord), tags });
    const cards = [
      tagged('a', 0, ['area-api', 'chapter-1', 'cka-workloads']),
      tagged('b', 1, ['area-api', 'chapter-1']),
      tagged('c', 2, ['area-operations', 'chapter-2', 'cka-workloads']),
    ];
    await syncDeck(db, { ...artifact(cards), deckId: BUILTIN_DECK_ID }, now);
    // Easy graduates a new card at once: learned means in review (a Good leaves it in its learning steps).
    await answerCard(db, createScheduler(), { cardKey: cardKey(BUILTIN_DECK_ID, 'a'), shownVersion: 0, rating: 4, now, durationMs: 1 });
    const { mastery } = await loadStats(db, now, 'UTC');
    const learned = (groups: typeof mastery.area) => Object.fromEntries(groups.map((g) => [g.group, [g.learned, g.total]]));
    expect(learned(mastery.area)).toEqual({ 'area-api': [1, 2], 'area-operations': [0, 1] });
    expect(learned(mastery.chapter)).toEqual({ 'chapter-1': [1, 2], 'chapter-2': [0, 1] });
    expect(learned(mastery.domain)).toEqual({ 'cka-workloads': [1, 2] });
    expect(learned(mastery.kind)).toEqual({ 'kind-basic': [1, 3] });
  });

  it('counts every queue and forecasts the next 30 days exactly', async () => {
    const stats = await loadStats(db, now, 'UTC');
    const inState = (...states: number[]) => rows.filter((s) => studiable(s) && states.includes(s.state)).length;
    expect(stats.counts).toEqual({
      new: inState(CardState.New),
      learning: inState(CardState.Learning, CardState.Relearning),
      review: inState(CardState.Review),
      suspended: rows.filter((s) => s.suspended === 1).length,
      buried: rows.filter((s) => s.suspended !== 1 && s.buriedUntil).length,
    });
    const expected = new Array(30).fill(0);
    for (const s of rows.filter((r) => studiable(r) && r.state !== CardState.New)) {
      const index = Math.max(0, Math.floor((s.due - day.start) / DAY));
      if (index < 30) expected[index]++;
    }
    expect(stats.forecast).toEqual(expected);
  });

  it('gives the exact retrievability chart up to the sample size, and an estimate spread over the deck above it', async () => {
    const reviews = rows.filter((s) => studiable(s) && s.state === CardState.Review);
    const exact = retrievabilityBins(reviews, now);
    const whole = await loadStats(db, now, 'UTC');
    expect(whole.retrievability).toEqual(exact);
    expect(whole.retrievabilitySample).toBe(reviews.length);

    const estimate = await loadStats(db, now, 'UTC', 400);
    expect(estimate.retrievabilitySample).toBeLessThanOrEqual(400 + reviews.filter((s) => s.deckId === 'two').length);
    expect(Math.abs(estimate.retrievability.reduce((a, b) => a + b) - reviews.length)).toBeLessThanOrEqual(10);
    for (const [i, n] of estimate.retrievability.entries()) {
      expect(Math.abs(n - (exact[i] ?? 0)), `bin ${i}`).toBeLessThanOrEqual(reviews.length * 0.05);
    }
  });
});
