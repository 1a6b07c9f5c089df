import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answerCard,
  cardKey,
  getSetting,
  importDeckId,
  type KubecardsDb,
  openDb,
  type ScheduleRecord,
  setSetting,
  syncDeck,
  writeImport,
} from '../../../lib/db';
import { applyPulled } from '../../../lib/db/syncApply';
import { syncOnce } from '../../../lib/db/syncOnce';
import { markPushed, pendingPush } from '../../../lib/db/syncPending';
import { PullTips } from '../../../lib/db/syncReplay';
import { createBackup, restoreBackup } from '../../../lib/export';
import { both } from '../../../lib/import';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';
import { memoryRemote } from './memoryRemote';
import { twoDevices } from './twoDevices';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
const ids = ['a', 'b', 'c', 'd', 'e'];
const [a, b, c, d, e] = ids.map((id) => cardKey('k8s', id)) as [string, string, string, string, string];
const account = { server: '/couchdb', user: 'ada' };
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
let phone: KubecardsDb;
let laptop: KubecardsDb;

beforeEach(async () => {
  ({ phone, laptop } = await twoDevices(ids, start));
  for (const db of [phone, laptop]) await setSetting(db, 'syncAccount', account);
});
afterEach(() => {
  phone.close();
  laptop.close();
});

const answer = async (db: KubecardsDb, key: string, at: number) => {
  const { version } = (await db.schedule.get(key)) as ScheduleRecord;
  await answerCard(db, scheduler, { cardKey: key, shownVersion: version, rating: 3, now: at, durationMs: 1_000, day: '2026-06-10' });
};
const answeredCards = async (db: KubecardsDb) => [...new Set((await db.reviewLog.toArray()).map((row) => row.cardKey))].sort();

describe('restoring a backup on a synced device', () => {
  it("replaces this device's data with the backup's, then the next sync merges in everything the server has", async () => {
    const remote = memoryRemote();
    await answer(phone, a, start);
    await syncOnce(phone, remote);
    // Not pushed when the backup is made; pushed afterwards, with more answers after it.
    await answer(phone, b, start + HOUR);
    const backup = await createBackup(phone, start + 2 * HOUR);
    await syncOnce(phone, remote);
    await answer(phone, c, start + 3 * HOUR);
    await syncOnce(phone, remote);
    const deviceBefore = await getSetting(phone, 'deviceId');

    await restoreBackup(phone, backup);
    expect(await answeredCards(phone)).toEqual([a, b]);
    // Still signed in, as a new device, starting over: nothing of the old progress is taken for the restored log's.
    expect(await getSetting(phone, 'syncAccount')).toEqual(account);
    expect(await getSetting(phone, 'deviceId')).not.toBe(deviceBefore);
    expect(await getSetting(phone, 'syncCheckpoint')).toBeUndefined();
    expect(await getSetting(phone, 'syncPushedUpTo')).toBeUndefined();

    // A new answer takes a local id the server already holds under the old device id: it still goes up.
    await answer(phone, d, start + 4 * HOUR);
    await syncOnce(phone, remote);
    expect(await answeredCards(phone)).toEqual([a, b, c, d]);
    await syncOnce(laptop, remote);
    expect(await answeredCards(laptop)).toEqual([a, b, c, d]);
    // Each answer once everywhere, and the same schedules.
    expect(await phone.reviewLog.count()).toBe(4);
    expect(await laptop.reviewLog.count()).toBe(4);
    for (const key of [a, b, c, d]) expect((await phone.schedule.get(key))?.due).toBe((await laptop.schedule.get(key))?.due);
  });

  it("a backup never brings another device's sync account or progress; an answer only in the backup goes up", async () => {
    const remote = memoryRemote();
    await setSetting(laptop, 'syncAccount', { server: '/elsewhere', user: 'bob' });
    await answer(laptop, e, start);
    await syncOnce(laptop, memoryRemote());
    // Made offline after that sync: in the backup only.
    await answer(laptop, a, start + HOUR);
    const backup = await createBackup(laptop, start + 2 * HOUR);
    await restoreBackup(phone, backup);
    expect(await getSetting(phone, 'syncAccount')).toEqual(account);
    expect(await getSetting(phone, 'syncPushedUpTo')).toBeUndefined();
    await syncOnce(phone, remote);
    const fresh = openDb(freshName());
    await syncDeck(fresh, artifact(ids.map((id, i) => basicCard(id, i))), start);
    await syncOnce(fresh, remote);
    expect(await answeredCards(fresh)).toEqual([a, e]);
    fresh.close();
  });

  it('a sync under way when the restore lands records nothing of its push or pull for the restored data', async () => {
    const remote = memoryRemote();
    await answer(laptop, a, start);
    await syncOnce(laptop, remote);
    await answer(phone, b, start + HOUR);
    const backup = await createBackup(phone, start + 2 * HOUR);
    await answer(phone, c, start + 3 * HOUR);

    // The push read its rows, and the pull its documents, before the restore; they end after it.
    const pending = await pendingPush(phone, 5_000);
    const changes = await remote.changes({ since: 0, include_docs: true, limit: 100 });
    await restoreBackup(phone, backup);
    await markPushed(phone, pending);
    expect(await getSetting(phone, 'syncPushedUpTo')).toBeUndefined();
    const docs = changes.results.map(({ doc }) => doc) as Parameters<typeof applyPulled>[1];
    expect(await applyPulled(phone, docs, 'moved', 'not the checkpoint now')).toBeNull();
    expect(await getSetting(phone, 'syncCheckpoint')).toBeUndefined();

    // The next sync takes it all from the start: the restored answer goes up, the laptop's comes down.
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    expect(await answeredCards(phone)).toEqual([a, b]);
    expect(await answeredCards(laptop)).toEqual([a, b]);
  });

  it('a backup older than a deck imported since leaves that deck on the server and the other devices, and brings it back', async () => {
    const remote = memoryRemote();
    const backup = await createBackup(phone, start);
    const deck = {
      name: 'Mine',
      format: 'csv' as const,
      media: new Map(),
      problems: [],
      notes: ['x', 'y'].map((guid, i) => ({
        guid,
        deck: '',
        tags: [],
        origin: `line ${i + 1}`,
        cards: [{ kind: 'basic' as const, facet: 'card', content: both({ front: `Q ${guid}`, back: `A ${guid}` }) }],
      })),
    };
    await writeImport(phone, deck, { now: start + HOUR, fileName: 'mine.csv' });
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    const mine = (db: KubecardsDb) => db.cards.where('deckId').equals(importDeckId('Mine')).count();
    expect(await mine(laptop)).toBe(2);

    // The restored data never had the deck: that is no deletion of it.
    await restoreBackup(phone, backup);
    expect(await mine(phone)).toBe(0);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    expect(await mine(laptop)).toBe(2);
    expect(await mine(phone)).toBe(2);
  });

  it('a restore landing in the middle of a pull: the pull goes on knowing nothing of the data it replaced', async () => {
    // The phone has no imported card when its pull begins (its notes' cards need no reading); the backup restored
    // meanwhile has the same deck, answered on another device. Its cards are found and kept, not taken for new ones.
    const remote = memoryRemote();
    const deck = {
      name: 'Mine',
      format: 'csv' as const,
      media: new Map(),
      problems: [],
      notes: Array.from({ length: 150 }, (_, i) => ({
        guid: `n${i}`,
        deck: '',
        tags: [],
        origin: `line ${i + 1}`,
        cards: [{ kind: 'basic' as const, facet: 'card', content: both({ front: `Q ${i}`, back: `A ${i}` }) }],
      })),
    };
    await writeImport(laptop, deck, { now: start, fileName: 'mine.csv' });
    await syncOnce(laptop, remote);
    const tablet = openDb(freshName());
    await writeImport(tablet, deck, { now: start, fileName: 'mine.csv' });
    const x = cardKey('import', 'n0#card');
    await answer(tablet, x, start + HOUR);
    const backup = await createBackup(tablet, start + 2 * HOUR);
    tablet.close();

    // The pull's first batch, then the restore, then the pull going on from the checkpoint the restore left (none).
    const docs = (await remote.changes({ since: 0, include_docs: true, limit: 1_000 })).results.map(({ doc }) => doc) as Parameters<
      typeof applyPulled
    >[1];
    const pull = new PullTips();
    expect(await applyPulled(phone, docs.slice(0, 100), 'first', 0, pull)).not.toBeNull();
    await restoreBackup(phone, backup);
    const restored = (await phone.schedule.get(x)) as ScheduleRecord;
    expect(await applyPulled(phone, docs, 'all', 0, pull)).not.toBeNull();
    // The same card in the same place (a card taken for new gets the next place, and its log replayed over it).
    expect(((await phone.schedule.get(x)) as ScheduleRecord).ord).toBe(restored.ord);

    expect(await answeredCards(phone)).toContain(x);
    expect(((await phone.schedule.get(x)) as ScheduleRecord).reps).toBe(1);
    expect(await phone.cards.where('deckId').equals(importDeckId('Mine')).count()).toBe(150);
  });

  it('a backup of an older version (answers without global ids) restored after a sync: its answers are stamped and go up', async () => {
    const remote = memoryRemote();
    await answer(phone, a, start);
    await syncOnce(phone, remote);
    const backup = await createBackup(phone, start + HOUR);
    const older = { ...backup, reviewLog: backup.reviewLog.map(({ gid: _gid, params: _params, ...row }) => row) };
    await restoreBackup(phone, older);
    await answer(phone, b, start + 2 * HOUR);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    expect(await answeredCards(laptop)).toEqual([a, b]);
    expect(await phone.reviewLog.filter((row) => row.gid === undefined).count()).toBe(0);
  });
});
