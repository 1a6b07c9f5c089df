import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, syncDeck, writeImport } from '../../../lib/db';
import { createBackup, MEDIA_CHUNK_BYTES, readBackup, writeBackup } from '../../../lib/export';
import { mediaParts } from '../../../lib/export/backupParts';
import { both } from '../../../lib/import';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';

const now = Date.UTC(2026, 5, 10, 12);
/** Bytes 0..255 over and over: every base64 character turns up, and no chunk boundary hides a mistake. */
const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + 3) % 256);
let db: KubecardsDb;

beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
  await answerCard(db, createScheduler(), { cardKey: cardKey('k8s', 'a'), shownVersion: 0, rating: 3, now, durationMs: 2000 });
  await writeImport(
    db,
    {
      name: 'Mine "quoted" — 中文',
      format: 'csv',
      problems: [],
      // Sizes on and off a multiple of 3 and of the chunk, and an empty file.
      media: new Map([
        ['x.png', bytes(6)],
        ['empty.bin', new Uint8Array()],
        ['big.mp4', bytes(2 * MEDIA_CHUNK_BYTES + 1)],
        ['odd "name".wav', bytes(3 * 1024 + 2)],
      ]),
      notes: [
        {
          guid: 'g1',
          deck: '',
          tags: [],
          origin: 'line 1',
          cards: [{ kind: 'basic', facet: 'card', content: both({ front: 'q\n"quoted"\\', back: 'a' }) }],
        },
      ],
    },
    { now, fileName: 'mine.csv' },
  );
  await db.settings.put({ key: 'lastBackupAt', value: 123 });
});
afterEach(() => db.close());

async function partsOf(chunkBytes?: number): Promise<string[]> {
  const parts: string[] = [];
  await writeBackup(db, now, (part) => parts.push(part), chunkBytes);
  return parts;
}

describe('the backup written part by part', () => {
  it('is, joined, exactly the one-string backup (the same v1 file), and reads back through restore', async () => {
    const whole = await createBackup(db, now);
    expect(whole.media).toHaveLength(4);
    for (const chunkBytes of [undefined, 3, 3 * 1000]) expect((await partsOf(chunkBytes)).join('')).toBe(JSON.stringify(whole));
    expect(readBackup((await partsOf()).join(''))).toEqual({ backup: whole });
  });

  it('never has a part longer than one row or one chunk of a media file as base64', async () => {
    const whole = await createBackup(db, now);
    const rows = [whole.decks, whole.cards, whole.schedule, whole.reviewLog, whole.settings].flat();
    const longestRow = Math.max(...rows.map((row) => JSON.stringify(row).length));
    const chunkBytes = 3 * 1000;
    const longestPart = Math.max(...(await partsOf(chunkBytes)).map((part) => part.length));
    expect(longestPart).toBeLessThanOrEqual(Math.max(longestRow + 1, (4 * chunkBytes) / 3, 100));
    expect(Math.max(...(await partsOf()).map((part) => part.length))).toBeLessThanOrEqual((4 * MEDIA_CHUNK_BYTES) / 3);
  });

  it('refuses a chunk size whose base64 would not join', () => {
    expect(() => [...mediaParts({ name: 'x', data: bytes(8) }, true, 4)]).toThrow('multiple of 3');
  });

  it('is a consistent copy: a deletion asked for while it is being written waits for it', async () => {
    const written: string[] = [];
    let deletion: Promise<void> | undefined;
    await writeBackup(db, now, (part) => {
      // Asked for before any media file is read: with the reads in one transaction, it waits until the backup is done.
      deletion ??= Dexie.ignoreTransaction(() => db.media.delete('x.png'));
      written.push(part);
    });
    await deletion;
    const read = readBackup(written.join(''));
    if ('error' in read) throw new Error(read.error.code);
    expect(read.backup.media.map((file) => file.name)).toContain('x.png');
    expect(await db.media.get('x.png')).toBeUndefined();
  });
});
