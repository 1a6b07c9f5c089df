import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardKey, DB_NAME, type KubecardsDb, openDb, setSetting, syncDeck } from '../../../lib/db';
import { CardState } from '../../../lib/model';
import { DATABASE_NAME, dueToday, openExistingDatabase } from '../../../lib/pwa/dueCount';
import { studyDay } from '../../../lib/srs/studyDay';
import { artifact, basicCard, freshName } from '../db/helpers';

// What the badge and the service worker's notification count, read without Dexie.

const now = Date.UTC(2026, 5, 10, 12);
const HOUR = 3_600_000;
const inUtc = (rolloverHour: number) => studyDay(now, 'UTC', rolloverHour);
let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact(Array.from({ length: 6 }, (_, i) => basicCard(`c${i}`, i))), now);
  await db.open();
});
afterEach(() => db.close());

/** Gives a card a state and due time (the queue follows on write); `suspended`: set aside in that state. */
async function schedule(id: string, state: CardState, due: number, suspended = false) {
  const row = await db.schedule.get(cardKey('k8s', id));
  if (!row) throw new Error(`no card ${id}`);
  await db.schedule.put({ ...row, state, due, ...(suspended ? { suspended: 1 as const } : {}) });
}

describe('cards due today, for the badge and the notification', () => {
  it('counts learning and review cards due before the study day ends, not new, suspended or later ones', async () => {
    await schedule('c0', CardState.Review, now - 5 * 24 * HOUR); // overdue review
    await schedule('c1', CardState.Learning, now + HOUR); // learning, later today
    await schedule('c2', CardState.Relearning, now + 10 * HOUR); // relearning, before the 04:00 rollover (UTC)
    await schedule('c3', CardState.Review, now + 17 * HOUR); // tomorrow's study day
    await schedule('c4', CardState.Review, now, true);
    const today = await dueToday(db.backendDB(), inUtc);
    expect(today).toMatchObject({ due: 3, dayKey: '2026-06-10', reminders: { badge: true, notify: false, time: '19:00' } });
  });

  it('follows the learner’s rollover hour and reminder settings', async () => {
    await schedule('c3', CardState.Review, now + 17 * HOUR); // 05:00 the next day
    await setSetting(db, 'study', { rolloverHour: 6 });
    await setSetting(db, 'reminders', { badge: false, notify: true, time: '07:15' });
    expect(await dueToday(db.backendDB(), inUtc)).toMatchObject({ due: 1, reminders: { badge: false, notify: true, time: '07:15' } });
  });

  it('opens the app’s database by its name, and never creates one where there is none', async () => {
    expect(DATABASE_NAME).toBe(DB_NAME);
    expect(await openExistingDatabase()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
  });
});
