import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type HistoryReplay,
  importDeckId,
  type KubecardsDb,
  openDb,
  type ReviewLogRecord,
  replayHistory,
  type ScheduleRecord,
  writeImport,
} from '../../../lib/db';
import { type ParsedDeck, parseImport } from '../../../lib/import';
import { CardState, type MemoryState, memoryStateOf, newMemoryState } from '../../../lib/model';
import { createScheduler } from '../../../lib/srs';
import { fixtureBytes, HAVE_FIXTURES, loadSql, NEEDS_FIXTURES } from '../import/fixtures';
import { freshName } from './helpers';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 10, 12);
const scheduler = createScheduler();
const replay: HistoryReplay = { scheduler, dayOf: (at) => new Date(at).toISOString().slice(0, 10) };
const card = { cardKey: 'import/x#t0', deckId: 'import-x', noteId: 'x' };
const t0 = Date.UTC(2026, 4, 1, 9);

describe('an Anki card history replayed through our scheduler', () => {
  it('logs each answer with the state before it, as if answered here, on its study day', () => {
    const answers = [
      { at: t0, rating: 3 as const, durationMs: 4000 },
      { at: t0 + 10 * 60_000, rating: 3 as const, durationMs: 2000 },
      { at: t0 + 5 * DAY, rating: 1 as const, durationMs: 9000 },
    ];
    let expected = memoryStateOf(
      scheduler.grade(memoryStateOf(scheduler.grade(memoryStateOf({ ...newMemoryState(t0) }), t0, 3)), answers[1].at, 3),
    );
    const beforeLapse = expected;
    expected = memoryStateOf(scheduler.grade(expected, answers[2].at, 1));
    const { log, state } = replayHistory({ answers, due: expected.due, suspended: false }, card, replay, now);
    expect(log.map((row) => [row.rating, row.review, row.durationMs, row.version, row.day, row.kind])).toEqual([
      [3, t0, 4000, 1, '2026-05-01', undefined],
      [3, t0 + 10 * 60_000, 2000, 2, '2026-05-01', undefined],
      [1, t0 + 5 * DAY, 9000, 3, '2026-05-06', undefined],
    ]);
    expect(log[2]?.before).toEqual(beforeLapse);
    expect(state).toEqual(expected);
    expect(state.lapses).toBe(1);
  });

  it("keeps Anki's due date, logged as a reschedule at the import, when it differs from ours", () => {
    const answers = [{ at: t0, rating: 4 as const, durationMs: 1000 }];
    const ours = memoryStateOf(scheduler.grade(newMemoryState(t0), t0, 4));
    const ankiDue = t0 + 30 * DAY;
    const { log, state } = replayHistory({ answers, due: ankiDue, suspended: false }, card, replay, now);
    expect(log.map((row) => [row.kind, row.version, row.review, row.day])).toEqual([
      [undefined, 1, t0, '2026-05-01'],
      ['reschedule', 2, now, undefined],
    ]);
    expect(log[1]?.before).toEqual(ours);
    expect(state).toEqual({ ...ours, due: ankiDue, scheduledDays: 30 });
    // The same due as ours: nothing to reschedule.
    expect(replayHistory({ answers, due: ours.due, suspended: false }, card, replay, now).log).toHaveLength(1);
  });
});

describe.skipIf(!HAVE_FIXTURES)(`importing an Anki package with review history${NEEDS_FIXTURES}`, () => {
  let db: KubecardsDb;
  let deck: ParsedDeck;
  beforeEach(async () => {
    db = openDb(freshName());
    const result = await parseImport({ name: 'mixed.apkg', bytes: fixtureBytes('apkg/srsconv-mixed-legacy-2.apkg') }, {}, loadSql);
    if (!result.ok) throw new Error(result.error.code);
    deck = result.deck;
  });
  afterEach(() => db.close());

  it("takes over every answer once, keeps Anki's due dates, and the log replays to each stored schedule", async () => {
    const summary = await writeImport(db, deck, { now, fileName: 'mixed.apkg', history: replay });
    expect(summary).toMatchObject({ added: 7, answers: 20 });
    const log = await db.reviewLog.toArray();
    expect(log.filter((row) => row.kind === undefined)).toHaveLength(20);
    const schedules = await db.schedule.where('deckId').equals(importDeckId('Test - Mixed Types')).toArray();
    // Anki has every studied card in review, due on days 870–874 after 2023-04-11 02:00 UTC: 2025-08-28 to 2025-09-01.
    expect(schedules.map((s) => new Date(s.due).toISOString().slice(0, 10)).sort()).toEqual(
      expect.arrayContaining(['2025-08-28', '2025-09-01']),
    );
    expect(schedules.every((s) => s.state === CardState.Review && s.reps === 2 && s.version >= 2)).toBe(true);
    for (const schedule of schedules)
      expectReplaysTo(
        schedule,
        log.filter((row) => row.cardKey === schedule.key),
      );
    // The statistics count them on their days (2025-08-18: all 20 answers, 10 cards learned).
    const totals = await db.dailyStats.toArray();
    expect(totals.map((row) => [row.day, row.reviews, row.learned])).toEqual([['2025-08-18', 20, 10]]);

    // Importing the same package again changes nothing and counts no answer twice.
    const again = await writeImport(db, deck, { now: now + DAY, fileName: 'mixed.apkg', history: replay });
    expect(again).toMatchObject({ added: 0, answers: 0 });
    expect(await db.reviewLog.count()).toBe(log.length);
  });

  it('without the history option, the same cards come in new', async () => {
    const summary = await writeImport(db, deck, { now, fileName: 'mixed.apkg' });
    expect(summary.answers).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);
    expect((await db.schedule.toArray()).every((s) => s.state === CardState.New)).toBe(true);
  });
});

/** Replaying a card's answers from the first `before` (then its reschedule, if any) gives the stored schedule. */
function expectReplaysTo(schedule: ScheduleRecord, rows: ReviewLogRecord[]) {
  let state = memoryStateOf(rows[0]?.before as MemoryState);
  for (const row of rows) {
    expect(row.before).toEqual(state);
    state = row.kind === 'reschedule' ? memoryStateOf(schedule) : memoryStateOf(scheduler.grade(state, row.review, row.rating));
  }
  expect(memoryStateOf(schedule)).toEqual(state);
  expect(schedule.version).toBe(rows.length);
}
