import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { getSetting, type KubecardsDb, openDb } from '../../../lib/db';
import { createBackup, readBackup } from '../../../lib/export';
import { freshName } from '../db/helpers';

const handedOver = vi.hoisted(() => ({ files: [] as { name: string; blob: Blob }[], db: null as KubecardsDb | null }));
// The browser's side: the page's database, and the download that receives the file.
vi.mock('../../../lib/hooks/db', () => ({ getDb: () => handedOver.db }));
vi.mock('../../../lib/hooks/download', async (original) => {
  const real = await original<typeof import('../../../lib/hooks/download')>();
  return {
    ...real,
    downloadBlob: (name: string, blob: Blob) => handedOver.files.push({ name, blob }),
    downloadText: (name: string, text: string, type: string) => handedOver.files.push({ name, blob: new Blob([text], { type }) }),
  };
});
const { downloadBackup } = await import('../../../lib/hooks/useBackup');

/** V8 cannot make a string longer than ~512 MB; scaled down here, with 1.2 MB of media to go past it. */
const STRING_LIMIT = 512 * 1024;
const stringify = JSON.stringify;

beforeEach(async () => {
  handedOver.db = openDb(freshName());
  handedOver.files = [];
  await handedOver.db.media.bulkPut(
    ['a.mp4', 'b.mp4', 'c.mp4'].map((name, i) => ({ name, data: Uint8Array.from({ length: 400_000 }, (_, at) => (at + i) % 251) })),
  );
  vi.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof stringify>) => {
    const text = stringify(...args);
    if (text.length > STRING_LIMIT) throw new RangeError('Invalid string length');
    return text;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  handedOver.db?.close();
});

// Issue 18.9: a backup with 450 MB of media was stringified whole, past V8's string limit: no file, and the reminder
// kept asking.
it('a backup larger than one string can hold is downloaded whole, and only then counts as taken', async () => {
  const db = handedOver.db as KubecardsDb;
  const before = Date.now();
  const expected = await createBackup(db, before);
  await downloadBackup();
  expect(handedOver.files).toHaveLength(1);
  const [file] = handedOver.files;
  expect(file?.name).toMatch(/^kubecards-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file?.blob.type).toBe('application/json');
  vi.restoreAllMocks();
  const read = readBackup((await file?.blob.text()) ?? '');
  if ('error' in read) throw new Error(read.error.code);
  expect(read.backup.createdAt).toBeGreaterThanOrEqual(before);
  expect({ ...read.backup, createdAt: before }).toEqual(expected);
  expect(await getSetting(db, 'lastBackupAt')).toBe(read.backup.createdAt);
});

it('a backup that cannot be read is not handed over and does not count as taken', async () => {
  const db = handedOver.db as KubecardsDb;
  db.close();
  await downloadBackup();
  expect(handedOver.files).toEqual([]);
  const reopened = openDb(db.name);
  expect(await getSetting(reopened, 'lastBackupAt')).toBeUndefined();
  reopened.close();
});
