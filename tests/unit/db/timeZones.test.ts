import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, loadQueue, openDb, syncDeck } from '../../../lib/db';
import { createScheduler, DEFAULT_QUEUE_LIMITS, studyDay } from '../../../lib/srs';
import { streak } from '../../../lib/stats';
import { artifact, basicCard, freshName } from './helpers';

const HOUR = 3_600_000;
const scheduler = createScheduler();
let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact(Array.from({ length: 30 }, (_, i) => basicCard(`c${i}`, i))), 0);
});
afterEach(() => db.close());

async function answerAll(ids: string[], now: number, zone: string) {
  const day = studyDay(now, zone, 4);
  for (const id of ids) {
    const row = await db.schedule.get(cardKey('k8s', id));
    await answerCard(db, scheduler, {
      cardKey: cardKey('k8s', id),
      shownVersion: row?.version ?? 0,
      rating: 3,
      now,
      durationMs: 1,
      day: day.key,
    });
  }
}

describe('a learner who flies west across time zones in the middle of a study day', () => {
  // 10:00 in Shanghai on 29 November; six hours later in New York it is still 28 November, 23:00.
  const inShanghai = Date.UTC(2026, 10, 29, 2);
  const inNewYork = inShanghai + 6 * HOUR;

  it('gets no second helping of new cards, and the streak keeps the day', async () => {
    await answerAll(
      Array.from({ length: 20 }, (_, i) => `c${i}`),
      inShanghai,
      'Asia/Shanghai',
    );
    const day = studyDay(inNewYork, 'America/New_York', 4);
    expect(day.key).toBe('2026-11-28');
    // Today in New York began before the answers given in Shanghai: they count against today's limit.
    const queue = await loadQueue(db, 'k8s', inNewYork, day, DEFAULT_QUEUE_LIMITS);
    expect(queue.counts.new).toBe(0);
    expect(streak(await db.dailyStats.toArray(), day.key)).toBe(1);
  });

  it('keeps every interval positive: due times are instants, not local dates', async () => {
    await answerAll(['c0'], inShanghai, 'Asia/Shanghai');
    await answerAll(['c0'], inNewYork, 'America/New_York');
    const row = await db.schedule.get(cardKey('k8s', 'c0'));
    expect(row?.due).toBeGreaterThan(inNewYork);
    expect(row?.lastReview).toBe(inNewYork);
    expect(await db.reviewLog.count()).toBe(2);
  });
});
