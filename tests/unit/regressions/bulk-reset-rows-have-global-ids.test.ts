import { afterEach, beforeEach, expect, it } from 'vitest';
import { answerCard, cardKey, getSetting, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { applyBulkAction } from '../../../lib/db/bulkActions';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';

// The browser's bulk reset wrote its forget rows with a bare bulkAdd: no global id, so sync later took them for rows
// older than schema 4 (stamped with the settings in use and a "settled" state) instead of this device's new entries.

const now = Date.UTC(2026, 5, 10, 12);
const keys = ['a', 'b'].map((id) => cardKey('k8s', id));
let db: KubecardsDb;

beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
});
afterEach(() => db.close());

it("a bulk reset's forget rows carry this device's global ids, as every new log row does", async () => {
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
  for (const key of keys) await answerCard(db, scheduler, { cardKey: key, shownVersion: 0, rating: 3, now, durationMs: 1000 });
  await applyBulkAction(db, keys, { type: 'reset' }, now + 1000);
  const device = await getSetting(db, 'deviceId');
  const forgets = await db.reviewLog.filter((row) => row.kind === 'forget').toArray();
  expect(forgets).toHaveLength(2);
  for (const row of forgets) expect(row.gid).toBe(`${device}:${row.review}:${row.id}`);
});
