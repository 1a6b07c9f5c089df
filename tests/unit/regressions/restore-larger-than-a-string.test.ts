import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { type KubecardsDb, openDb } from '../../../lib/db';
import { restoreBackup, writeBackup } from '../../../lib/export';
import { freshName } from '../db/helpers';

/** V8 cannot make a string longer than ~512 MB; scaled down here, with 1.2 MB of media to go past it (each file less than the
 * limit, as base64). */
const STRING_LIMIT = 512 * 1024;
const parse = JSON.parse;

let db: KubecardsDb;
let file: Blob;
beforeEach(async () => {
  db = openDb(freshName());
  await db.media.bulkPut(
    ['a.mp4', 'b.mp4', 'c.mp4', 'd.mp4'].map((name, i) => ({
      name,
      data: Uint8Array.from({ length: 300_000 }, (_, at) => (at + i) % 251),
    })),
  );
  const parts: string[] = [];
  await writeBackup(db, Date.now(), (part) => parts.push(part));
  file = new Blob(parts, { type: 'application/json' });
  await db.media.clear();
  // The file, like a 600 MB one, cannot be read as one string, nor parsed as one.
  vi.spyOn(Blob.prototype, 'text').mockRejectedValue(new RangeError('Invalid string length'));
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, ...rest) => {
    if (text.length > STRING_LIMIT) throw new RangeError('Invalid string length');
    return parse(text, ...rest);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

// Issue 17 §2: restore read the file with file.text() and JSON.parse: a 600 MB backup was refused as "not JSON" and a
// 1 GB one crashed the tab. Now it is read as a stream, one row at a time.
it('a backup file larger than one string can hold is restored whole', async () => {
  expect(file.size).toBeGreaterThan(2 * STRING_LIMIT);
  await restoreBackup(db, file);
  expect((await db.media.toArray()).map((m) => [m.name, m.data.length])).toEqual([
    ['a.mp4', 300_000],
    ['b.mp4', 300_000],
    ['c.mp4', 300_000],
    ['d.mp4', 300_000],
  ]);
  expect((await db.media.get('c.mp4'))?.data[1000]).toBe((1000 + 2) % 251);
});
