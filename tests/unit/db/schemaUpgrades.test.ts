import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  answerCard,
  browseCards,
  type DailyStatsRecord,
  getSetting,
  type KubecardsDb,
  loadQueue,
  logEventOf,
  openDb,
  type ReviewLogRecord,
  type ScheduleRecord,
  stampOlderLog,
} from '../../../lib/db';
import { BACKUP_VERSION, readBackup, restoreBackup } from '../../../lib/export';
import { type MemoryState, memoryStateOf } from '../../../lib/model';
import { createScheduler, DEFAULT_QUEUE_LIMITS, DEFAULT_SCHEDULER_SETTINGS, studyDay } from '../../../lib/srs';
import { replayLog } from '../../../lib/sync';
import { freshName } from './helpers';
import { decode, loadDatabase, type RawDatabase } from './rawDatabase';

// One fixture per released schema (and backup format) version, made by makeSchemaFixture.mts and never regenerated.
const fixtures = (dir: string) =>
  readdirSync(dir)
    .filter((file) => /^v\d+\.json$/.test(file))
    .map((file) => ({ file, text: readFileSync(`${dir}/${file}`, 'utf8') }));
const databases = fixtures('tests/fixtures/db').map(({ file, text }) => ({ file, dump: JSON.parse(text) as RawDatabase }));
const backups = fixtures('tests/fixtures/backup');

/** Every card's log, replayed from its first `before` through the scheduler, gives its stored state. */
async function expectLogReplaysToSchedule(db: KubecardsDb) {
  const scheduler = createScheduler();
  const log = await db.reviewLog.orderBy('id').toArray();
  const byCard = new Map<string, ReviewLogRecord[]>();
  for (const row of log) byCard.set(row.cardKey, [...(byCard.get(row.cardKey) ?? []), row]);
  for (const [key, rows] of byCard) {
    const reviews = rows.filter((row) => (row.kind ?? 'review') === 'review');
    let state = memoryStateOf(reviews[0]?.before as MemoryState);
    for (const row of reviews) state = memoryStateOf(scheduler.grade(state, row.review, row.rating));
    // A manual change after the last answer (reschedule, forget) sets the state itself; it is checked by its version.
    if (rows.at(-1)?.kind === undefined) expect(memoryStateOf((await db.schedule.get(key)) as ScheduleRecord)).toEqual(state);
    expect(((await db.schedule.get(key)) as ScheduleRecord).version).toBeGreaterThanOrEqual(rows.at(-1)?.version as number);
  }
}

/**
 * Once the older rows are stamped (as before the first sync), every row has a global id of this device, and the whole
 * log, replayed as sync replays it (lib/sync), gives every answered card's stored memory state exactly.
 */
async function expectSyncReplayGivesSchedule(db: KubecardsDb) {
  await stampOlderLog(db);
  const log = await db.reviewLog.toArray();
  const gids = log.map((row) => row.gid);
  expect(new Set(gids).size).toBe(log.length);
  const device = (await getSetting(db, 'deviceId')) as string;
  expect(gids.every((gid) => gid?.startsWith(`${device}:`))).toBe(true);
  const known = (await getSetting(db, 'schedulerParams')) ?? {};
  const schedulerOf = (id: string) => createScheduler(known[id] ?? DEFAULT_SCHEDULER_SETTINGS);
  expect(log.filter((row) => (row.kind ?? 'review') === 'review').every((row) => (row.params ?? '') in known)).toBe(true);
  const { cards } = replayLog(log.map(logEventOf), schedulerOf);
  expect(cards.size).toBeGreaterThan(0);
  for (const [key, replayed] of cards) expect(replayed?.memory, key).toEqual(memoryStateOf((await db.schedule.get(key)) as ScheduleRecord));
}

describe('databases from every released schema version', () => {
  it('include one for the schema this app declares (add a fixture when you bump it)', () => {
    expect(databases.map((d) => d.file)).toContain(`v${openDb(freshName()).verno}.json`);
  });

  it.each(databases)('$file opens in the current app with every row kept, and studying goes on', async ({ dump }) => {
    const name = freshName();
    await loadDatabase(name, dump);
    const db = openDb(name);
    await db.open();
    for (const [store, raw] of Object.entries(dump.stores)) {
      const table = db.table(store);
      expect(await table.count(), store).toBe(raw.rows.length);
      const primaryKey = table.schema.primKey.keyPath as string;
      for (const row of decode(raw.rows) as Record<string, unknown>[]) {
        const now = await table.get(row[primaryKey] as string);
        // A later schema may add fields; it may not drop or change one.
        expect(now, `${store} ${String(row[primaryKey])}`).toMatchObject(row);
      }
    }
    await expectLogReplaysToSchedule(db);
    await expectSyncReplayGivesSchedule(db);
    // The card browser finds cards of every deck (the search text is built on upgrade when the fixture predates it).
    expect((await browseCards(db, { text: 'kubelet' }, 0)).rows.map((row) => row.card.content.en)).toEqual([
      { front: 'What runs Pods?', back: 'the kubelet' },
    ]);
    expect((await browseCards(db, { text: 'front of' }, 0)).total).toBe(6);
    expect((await browseCards(db, { kind: 'basic' }, 0)).total).toBe(8);

    const now = Math.max(...(await db.reviewLog.toArray()).map((row) => row.review)) + 86_400_000;
    const day = studyDay(now, 'UTC', 4);
    const queue = await loadQueue(db, 'k8s', now, day, DEFAULT_QUEUE_LIMITS);
    expect(queue.cards.length).toBeGreaterThan(0);
    const next = (await db.schedule.get(queue.cards[0]?.cardId as string)) as ScheduleRecord;
    await answerCard(db, createScheduler(), {
      cardKey: next.key,
      shownVersion: next.version,
      rating: 3,
      now,
      durationMs: 1_000,
      day: day.key,
    });
    expect(await db.reviewLog.count()).toBe((dump.stores.reviewLog?.rows.length as number) + 1);
    db.close();
  });
});

describe('older log rows stamped for sync (schema 4)', () => {
  it('stamps an older log so that it replays to its schedules exactly, though graded with other settings than today', async () => {
    const v3 = databases.find((d) => d.file === 'v3.json')?.dump as RawDatabase;
    const settings = v3.stores.settings as RawDatabase['stores'][string];
    const today = { desiredRetention: 0.8, learningSteps: ['5m'], relearningSteps: ['1h'] };
    const changed = {
      ...settings,
      rows: [...settings.rows.filter((row) => (row as { key: string }).key !== 'study'), { key: 'study', value: today }],
    };
    const name = freshName();
    await loadDatabase(name, { ...v3, stores: { ...v3.stores, settings: changed } });
    const db = openDb(name);
    await db.open();
    // An answer made after the upgrade and before the first sync carries its own id and settings already.
    const card = (await db.schedule.get('k8s/a#1')) as ScheduleRecord;
    const later = Math.max(...(await db.reviewLog.toArray()).map((row) => row.review)) + 86_400_000;
    const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, relearningSteps: ['30m'] });
    await answerCard(db, scheduler, { cardKey: card.key, shownVersion: card.version, rating: 3, now: later, durationMs: 1 });
    await expectSyncReplayGivesSchedule(db);
    db.close();
  });
});

describe('backup files of every released format version', () => {
  it('include one for the current format', () => {
    expect(backups.map((b) => b.file)).toContain(`v${BACKUP_VERSION}.json`);
  });

  it.each(backups)('$file restores in full, and the statistics are rebuilt from its log', async ({ text }) => {
    const read = readBackup(text);
    if (!('backup' in read)) throw new Error(`refused: ${JSON.stringify(read.error)}`);
    const db = openDb(freshName());
    await restoreBackup(db, read.backup);
    expect(await db.cards.count()).toBe(read.backup.cards.length);
    expect(await db.schedule.count()).toBe(read.backup.schedule.length);
    expect(await db.reviewLog.count()).toBe(read.backup.reviewLog.length);
    expect(await db.media.count()).toBe(read.backup.media.length);
    await expectLogReplaysToSchedule(db);

    // The daily totals equal those the same answers left in the database this backup was made from.
    const original = databases.find((d) => d.file === 'v1.json')?.dump.stores.dailyStats?.rows as DailyStatsRecord[];
    const byKey = (a: DailyStatsRecord, b: DailyStatsRecord) => a.key.localeCompare(b.key);
    expect((await db.dailyStats.toArray()).sort(byKey)).toEqual([...original].sort(byKey));
    db.close();
  });
});
