import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, syncDeck, writeImport } from '../../../lib/db';
import { BackupRefused, createBackup, readBackup, restoreBackup, restoreErrorOf, writeBackup } from '../../../lib/export';
import { both } from '../../../lib/import';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';

const now = Date.UTC(2026, 5, 10, 12);
let db: KubecardsDb;

beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
  await answerCard(db, createScheduler(), { cardKey: cardKey('k8s', 'a'), shownVersion: 0, rating: 3, now, durationMs: 2000 });
  await writeImport(
    db,
    {
      name: 'Mine',
      format: 'csv',
      problems: [],
      media: new Map([['x.png', new Uint8Array([137, 80, 78, 71, 0, 255])]]),
      notes: [
        {
          guid: 'g1',
          deck: '',
          tags: [],
          origin: 'line 1',
          cards: [{ kind: 'basic', facet: 'card', content: both({ front: 'q', back: 'a' }) }],
        },
      ],
    },
    { now, fileName: 'mine.csv' },
  );
  await db.settings.put({ key: 'lastBackupAt', value: 123 });
});
afterEach(() => db.close());

const everything = async (d: KubecardsDb) => ({
  decks: await d.decks.toArray(),
  cards: await d.cards.toArray(),
  schedule: await d.schedule.toArray(),
  reviewLog: await d.reviewLog.toArray(),
  // Which copy of the data it is moves on with every restore (see dataGeneration.ts), and the device gets a new id (its
  // log ids must be its own): not part of the learner's data.
  settings: (await d.settings.toArray()).filter((row) => row.key !== 'dataGeneration' && row.key !== 'deviceId'),
  media: await d.media.toArray(),
});

describe('backup and restore', () => {
  it('export → wipe → restore gives a deep-equal database', async () => {
    const before = await everything(db);
    const text = JSON.stringify(await createBackup(db, now));
    await db.delete();
    db = openDb(freshName());
    const read = readBackup(text);
    if ('error' in read) throw new Error(read.error.code);
    await restoreBackup(db, read.backup);
    expect(await everything(db)).toEqual(before);
  });

  it("a restored device gets a new device id: never the backup's, nor its own (new log ids never meet others)", async () => {
    const backup = await createBackup(db, now);
    const other = openDb(freshName());
    await other.settings.put({ key: 'deviceId', value: 'the-other-device' });
    await restoreBackup(other, backup);
    const backupDevice = backup.settings.find((row) => row.key === 'deviceId')?.value;
    expect(backupDevice).toEqual(expect.any(String));
    const restoredDevice = (await other.settings.get('deviceId'))?.value;
    expect(restoredDevice).toMatch(/^[0-9a-z]{16}$/);
    expect([backupDevice, 'the-other-device']).not.toContain(restoredDevice);
    other.close();
  });

  it('a backup from a newer version is refused and changes nothing', async () => {
    const backup = await createBackup(db, now);
    expect(readBackup(JSON.stringify({ ...backup, version: 99 }))).toEqual({ error: { code: 'newer-version', detail: '99' } });
  });

  it('corrupt or foreign files are refused with a reason', () => {
    expect(readBackup('{"format":')).toEqual({ error: expect.objectContaining({ code: 'not-json' }) });
    expect(readBackup('{"format":"something-else","version":1}')).toEqual({ error: { code: 'not-a-backup' } });
    expect(readBackup('{"format":"kubecards-backup","version":1,"decks":[]}')).toEqual({
      error: { code: 'invalid', at: { table: 'backup', index: null, field: 'cards', problem: 'missing' } },
    });
  });

  it('a backup whose rows are damaged is refused before anything is written', async () => {
    const backup = await createBackup(db, now);
    const damaged = { ...backup, schedule: backup.schedule.map((s, i) => (i === 1 ? { ...s, due: 'tomorrow' } : s)) };
    expect(readBackup(JSON.stringify(damaged))).toEqual({
      error: { code: 'invalid', at: { table: 'schedule', index: 1, field: 'due', problem: 'date' } },
    });
  });

  it('reports its progress in rows written, up to the total, in chunks of 10,000', async () => {
    const backup = await createBackup(db, now);
    const many = Array.from({ length: 25_000 }, (_, i) => ({ ...backup.reviewLog[0], id: 1000 + i, gid: `copy:${i}` }));
    const reports: [number, number][] = [];
    await restoreBackup(db, { ...backup, reviewLog: [...backup.reviewLog, ...many] }, (written, total) => reports.push([written, total]));
    const total = reports[0]?.[1] as number;
    expect(reports.every(([, t]) => t === total)).toBe(true);
    expect(reports.at(-1)?.[0]).toBe(total);
    expect(reports.map(([written]) => written)).toEqual([...reports.map(([written]) => written)].sort((a, b) => a - b));
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(await db.reviewLog.count()).toBe(25_001);
  });

  it('a restore that fails half-way leaves the database as it was', async () => {
    const before = await everything(db);
    const backup = await createBackup(db, now);
    // Two cards with the same key: the second bulkAdd fails inside the transaction.
    const failing = { ...backup, cards: [...backup.cards, backup.cards[0]] };
    await expect(restoreBackup(db, failing)).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
  });

  describe('from a file, read as a stream', () => {
    /** The backup file as the download writes it. */
    const backupFile = async (edit: (text: string) => string = (text) => text) => {
      const parts: string[] = [];
      await writeBackup(db, now, (part) => parts.push(part));
      return new Blob([edit(parts.join(''))], { type: 'application/json' });
    };
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => null,
        (error: unknown) => restoreErrorOf(error),
      );

    it('restores the same database as the whole object, with progress in bytes up to the file size', async () => {
      const before = await everything(db);
      // Not in the file: rebuilt from its rows as they were.
      const rebuilt = async (d: KubecardsDb) => ({ daily: await d.dailyStats.toArray(), search: await d.searchText.toArray() });
      const derived = await rebuilt(db);
      const file = await backupFile();
      await db.delete();
      db = openDb(freshName());
      const reports: [number, number][] = [];
      expect(await restoreBackup(db, file, (done, total) => reports.push([done, total]))).toEqual({ restored: 1 });
      expect(await everything(db)).toEqual(before);
      expect(reports.at(-1)).toEqual([file.size, file.size]);
      expect(await rebuilt(db)).toEqual(derived);
    });

    it('a damaged entry near the end of the file refuses all of it: nothing changed', async () => {
      const before = await everything(db);
      const file = await backupFile((text) => text.replace('"base64":"iVBORwD/"', '"base64":"%%%"'));
      expect(await refusal(restoreBackup(db, file))).toEqual({
        code: 'invalid',
        at: { table: 'media', index: 0, field: 'base64', problem: 'base64' },
      });
      expect(await everything(db)).toEqual(before);
    });

    it('a file that is not a backup is refused at its first character or field', async () => {
      expect(await refusal(restoreBackup(db, new Blob(['front,back\nq,a'])))).toMatchObject({ code: 'not-json' });
      expect(await refusal(restoreBackup(db, new Blob(['{"name":"kubecards","decks":[]}'])))).toEqual({ code: 'not-a-backup' });
      const newer = await backupFile((text) => text.replace('"version":1', '"version":2'));
      expect(await refusal(restoreBackup(db, newer))).toEqual({ code: 'newer-version', detail: '2' });
    });

    it('a cancel between two pieces of the file writes nothing', async () => {
      const before = await everything(db);
      const file = await backupFile();
      const cancel = new AbortController();
      const work = restoreBackup(db, file, () => cancel.abort(), cancel.signal);
      await expect(work).rejects.toThrow();
      expect(await everything(db)).toEqual(before);
    });

    it('a refusal is a BackupRefused the screen words, never a TypeError', async () => {
      const file = await backupFile((text) => text.replace('"rating":3', '"rating":"good"'));
      await expect(restoreBackup(db, file)).rejects.toBeInstanceOf(BackupRefused);
    });
  });
});
