import { beforeEach, describe, expect, it } from 'vitest';
import { answerCard, applyCardAction, cardKey, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { loadDaySummary, recentAnswerTimes } from '../../../lib/db/daySummary';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, studyDay } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
const dayOf = (at: number) => studyDay(at, 'UTC', 4);
const summaryAt = (db: KubecardsDb, at: number) => loadDaySummary(db, 'k8s', dayOf(at), dayOf(dayOf(at).end));
let db: KubecardsDb;

beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1), basicCard('c', 2)]), now);
});

describe('the end-of-session summary', () => {
  it("counts today's answers and their time, not manual changes; tomorrow's load is the learning and review cards due by then", async () => {
    await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'a'), shownVersion: 0, rating: 4, now, durationMs: 4000 });
    await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'b'), shownVersion: 0, rating: 3, now, durationMs: 6000 });
    await applyCardAction(db, cardKey('k8s', 'c'), 0, { type: 'reschedule', days: 1 }, now);
    const summary = await summaryAt(db, now);
    // b is learning (due in minutes) and c was rescheduled to tomorrow; a (Easy) is due in days; nothing was a review yet.
    expect(summary).toEqual({ cards: 2, timeMs: 10_000, retention: null, dueTomorrow: 2 });
    expect(((await db.schedule.get(cardKey('k8s', 'a')))?.due ?? 0) - now).toBeGreaterThan(2 * 86_400_000);
  });

  it("retention is the share of today's review-card answers that were remembered; yesterday's answers are not today's", async () => {
    await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'a'), shownVersion: 0, rating: 4, now, durationMs: 4000 });
    const first = await db.schedule.get(cardKey('k8s', 'a'));
    const later = (first?.due ?? 0) + 60_000;
    await answerCard(db, scheduler, {
      cardKey: cardKey('k8s', 'a'),
      shownVersion: first?.version ?? -1,
      rating: 3,
      now: later,
      durationMs: 2000,
    });
    expect(await summaryAt(db, later)).toMatchObject({ cards: 1, timeMs: 2000, retention: 1 });
  });

  it("reads the learner's latest answer times, newest first", async () => {
    await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'a'), shownVersion: 0, rating: 3, now, durationMs: 4000 });
    await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'b'), shownVersion: 0, rating: 3, now: now + 1000, durationMs: 7000 });
    expect(await recentAnswerTimes(db)).toEqual([7000, 4000]);
    expect(await recentAnswerTimes(db, 1)).toEqual([7000]);
  });
});
