import type { KubecardsDb, MediaRecord } from '../db';
import { toBase64 } from '../model/base64';
import { readSnapshot } from './backup';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupTables } from './backupReader';

// The backup file as a sequence of text parts that together are exactly `JSON.stringify` of the whole backup (the
// same v1 format), without ever building that one string: a collection with hundreds of megabytes of media is more
// than a JavaScript string can hold (~512 MB). A part is one row, or one chunk of a media file as base64.

/** Bytes of a media file encoded per part: a multiple of 3, so the parts' base64 joins into the file's (1 MiB of text). */
export const MEDIA_CHUNK_BYTES = 3 * 2 ** 18;

const ROW_TABLES = ['decks', 'cards', 'schedule', 'reviewLog', 'settings'] as const;

/** The file up to its list of media: the header, then every table, one row per part. */
export function* backupHeadParts(tables: BackupTables): Generator<string> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"createdAt":${JSON.stringify(tables.createdAt)}`;
  for (const table of ROW_TABLES) {
    yield `,${JSON.stringify(table)}:[`;
    for (const [index, row] of tables[table].entries()) yield (index === 0 ? '' : ',') + JSON.stringify(row);
    yield ']';
  }
  yield ',"media":[';
}

/** One entry of the media list (`first` has no comma before it), its base64 `chunkBytes` of the file at a time. */
export function* mediaParts(file: MediaRecord, first: boolean, chunkBytes = MEDIA_CHUNK_BYTES): Generator<string> {
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new RangeError(`chunkBytes must be a positive multiple of 3, not ${chunkBytes}`);
  yield `${first ? '' : ','}{"name":${JSON.stringify(file.name)},"base64":"`;
  for (let at = 0; at < file.data.length; at += chunkBytes) yield toBase64(file.data.subarray(at, at + chunkBytes));
  yield '"}';
}

export const BACKUP_END = ']}';

/**
 * Writes the learner's backup to `write`, part by part, from one consistent copy of the data. `write` must keep each
 * part without waiting: it runs inside the read transaction.
 */
export function writeBackup(db: KubecardsDb, now: number, write: (part: string) => void, chunkBytes = MEDIA_CHUNK_BYTES): Promise<void> {
  return readSnapshot(db, now, async ({ mediaNames, readMedia, ...tables }) => {
    for (const part of backupHeadParts(tables)) write(part);
    for (const [index, name] of mediaNames.entries())
      for (const part of mediaParts(await readMedia(name), index === 0, chunkBytes)) write(part);
    write(BACKUP_END);
  });
}
