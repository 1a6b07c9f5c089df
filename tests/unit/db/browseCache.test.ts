import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerCard, applyCardAction, cardKey, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { ScheduleCache } from '../../../lib/db/browseCache';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
let db: KubecardsDb;
let cache: ScheduleCache;
let stop: () => void;

beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact(Array.from({ length: 80 }, (_, i) => basicCard(`c${i}`, i))), now);
  cache = new ScheduleCache(db);
  stop = cache.start();
  await vi.waitFor(() => expect(cache.loaded).toBe(true));
});
afterEach(() => {
  stop();
  db.close();
});

const row = (id: string) => cache.rows().find((s) => s.key === cardKey('k8s', id));

describe("the card browser's copy of the schedule rows", () => {
  it('holds every row once loaded', () => {
    expect(cache.rows()).toHaveLength(80);
  });

  it('follows an answer and a card action (rows named by key)', async () => {
    await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'c3'), shownVersion: 0, rating: 3, now, durationMs: 1 });
    await applyCardAction(db, cardKey('k8s', 'c4'), 0, { type: 'suspend' }, now);
    await vi.waitFor(() => {
      expect(row('c3')?.reps).toBe(1);
      expect(row('c4')?.suspended).toBe(1);
    });
  });

  it('follows a write of many rows and a delete (read again whole)', async () => {
    const all = await db.schedule.toArray();
    await db.schedule.bulkPut(all.map((s) => ({ ...s, lapses: 7 })));
    await vi.waitFor(() => expect(cache.rows().every((s) => s.lapses === 7)).toBe(true));
    await db.schedule.delete(cardKey('k8s', 'c0'));
    await vi.waitFor(() => expect(cache.rows()).toHaveLength(79));
  });

  it('tells its subscribers, and stops following once stopped', async () => {
    const heard = vi.fn();
    cache.subscribe(heard);
    await applyCardAction(db, cardKey('k8s', 'c5'), 0, { type: 'suspend' }, now);
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    stop();
    const version = cache.version;
    await applyCardAction(db, cardKey('k8s', 'c6'), 0, { type: 'suspend' }, now);
    await db.schedule.get(cardKey('k8s', 'c6'));
    expect(cache.version).toBe(version);
    expect(row('c6')?.suspended).not.toBe(1);
  });
});
