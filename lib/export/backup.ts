import Dexie, { type Table } from 'dexie';
import {
  type CardRecord,
  DailyTotals,
  dataGeneration,
  type KubecardsDb,
  type MediaRecord,
  type ReviewLogRecord,
  SearchTextBuilder,
} from '../db';
import { DEVICE_SYNC, syncAfterRestore } from '../db/syncProgress';
import { fromBase64, toBase64 } from '../model/base64';
import {
  BACKUP_FORMAT,
  BACKUP_LISTS,
  BACKUP_VERSION,
  type Backup,
  BackupChecker,
  type BackupList,
  type BackupTables,
} from './backupReader';
import { type BackupEntry, fileEntries } from './backupStream';

/** The learner's data as of one moment: the tables' rows, and the media files' names to read one at a time. */
export interface BackupSnapshot extends BackupTables {
  mediaNames: string[];
  readMedia(name: string): Promise<MediaRecord>;
}

/**
 * Hands `use` everything the learner has (content, schedule, the whole review log, settings and media), all read
 * inside one read transaction: a consistent copy even if another tab writes meanwhile (its write waits). Media are
 * read one file at a time, so that hundreds of megabytes of them need not be in memory together. `use` must await
 * nothing but `readMedia` (any other wait, even a native promise of its own, loses the transaction).
 */
export function readSnapshot<T>(db: KubecardsDb, now: number, use: (snapshot: BackupSnapshot) => Promise<T>): Promise<T> {
  return db.transaction('r', [db.decks, db.cards, db.schedule, db.reviewLog, db.settings, db.media], async () =>
    use({
      createdAt: now,
      decks: await db.decks.toArray(),
      cards: await db.cards.toArray(),
      schedule: await db.schedule.toArray(),
      reviewLog: await db.reviewLog.toArray(),
      settings: await db.settings.toArray(),
      mediaNames: await db.media.toCollection().primaryKeys(),
      // Named in this same transaction, so it is there.
      readMedia: (name) =>
        db.media.get(name).then((file) => {
          if (!file) throw new Error(`media file ${name} is missing`);
          return file;
        }),
    }),
  );
}

/** The whole backup as one object (tests and small tools; the download writes it part by part: `writeBackup`). */
export function createBackup(db: KubecardsDb, now: number): Promise<Backup> {
  return readSnapshot(db, now, async ({ mediaNames, readMedia, ...tables }) => {
    const media: Backup['media'] = [];
    for (const name of mediaNames) media.push({ name, base64: toBase64((await readMedia(name)).data) });
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...tables, media };
  });
}

/** Rows written per bulk write; a media file is written on its own. */
const RESTORE_CHUNK = 10_000;

/** A piece of the backup to restore, and how far into it that is (rows of an object, bytes of a file). */
interface Batch {
  entries: BackupEntry[];
  done: number;
  total: number;
}

/** A backup object as entries, `RESTORE_CHUNK` rows at a time. */
function* objectBatches(backup: Backup): Generator<Batch> {
  const lists = BACKUP_LISTS.map((list) => [list, backup[list] as unknown] as const);
  const total = lists.reduce((sum, [, rows]) => sum + (Array.isArray(rows) ? rows.length : 0), 0);
  const header = Object.entries(backup).filter(([key]) => !isList(key));
  let done = 0;
  yield { entries: header.map(([key, value]) => ({ kind: 'field', key, value })), done, total };
  for (const [key, rows] of lists) {
    if (!Array.isArray(rows)) {
      yield { entries: [{ kind: 'field', key, value: rows }], done, total };
      continue;
    }
    yield { entries: [{ kind: 'list', key }], done, total };
    for (let at = 0; at < rows.length; at += RESTORE_CHUNK) {
      const chunk = rows.slice(at, at + RESTORE_CHUNK);
      done += chunk.length;
      yield { entries: chunk.map((row, i) => ({ kind: 'row', key, index: at + i, row })), done, total };
    }
  }
}

/**
 * Bytes of the file read per batch: each batch costs a wait that keeps the transaction open, and that wait only ends
 * once the writes in flight are done (its keep-alive request queues behind them): few large batches, not one per piece.
 */
const BATCH_BYTES = 4 * 2 ** 20;

/** A backup file as entries, as it is read, `BATCH_BYTES` at a time. */
async function* fileBatches(file: Blob): AsyncGenerator<Batch> {
  let entries: BackupEntry[] = [];
  let since = 0;
  for await (const piece of fileEntries(file)) {
    entries = entries.length === 0 ? piece.entries : entries.concat(piece.entries);
    if (piece.read - since < BATCH_BYTES && piece.read < file.size) continue;
    yield { entries, done: piece.read, total: file.size };
    entries = [];
    since = piece.read;
  }
  if (entries.length > 0) yield { entries, done: file.size, total: file.size };
}

const isList = (key: string): key is BackupList => (BACKUP_LISTS as readonly string[]).includes(key);

/**
 * Replaces the whole database with a backup — an object, or a file read as a stream (in the restore worker) — in one
 * transaction: all of it or, on any failure, none. Each row is checked as it comes (a damaged entry refuses the whole
 * file with BackupRefused, see `restoreErrorOf`), and written in chunks. The daily totals behind the statistics and the
 * browser's search text are not in the file: they are built from its rows as they stream by (no row is read back). `onProgress` hears how far the restore
 * is (rows of an object, bytes of a file); `signal` stops it between two pieces (nothing is written, and it rejects
 * with the signal's reason). Resolves with the number of answers restored.
 */
export async function restoreBackup(
  db: KubecardsDb,
  backup: Backup | Blob,
  onProgress: (done: number, total: number) => void = () => {},
  signal?: AbortSignal,
): Promise<{ restored: number }> {
  // `syncContent` records what this device changed of the data being replaced: none of it is a change to push (a note
  // the backup lacks is no deletion); the next sync marks the backup's notes again and pulls the server's.
  const tables = [db.decks, db.cards, db.schedule, db.reviewLog, db.settings, db.media, db.dailyStats, db.searchText, db.syncContent];
  const target: Record<BackupList, Table> = {
    decks: db.decks,
    cards: db.cards,
    schedule: db.schedule,
    reviewLog: db.reviewLog,
    settings: db.settings,
    media: db.media,
  };
  const batches: Iterator<Batch> | AsyncIterator<Batch> = backup instanceof Blob ? fileBatches(backup) : objectBatches(backup);
  const checker = new BackupChecker();
  await db.transaction('rw', tables, async () => {
    const replaced = await dataGeneration(db);
    // This device's sync account stays; the backup's sync settings are another device's (or another time's).
    const keptSync = (await db.settings.bulkGet([...DEVICE_SYNC])).filter((row) => row !== undefined);
    for (const table of tables) await table.clear();
    const pending = new Map<BackupList, unknown[]>(BACKUP_LISTS.map((list) => [list, []]));
    const writing: Promise<unknown>[] = [];
    const flush = async (list: BackupList) => {
      const rows = pending.get(list) as unknown[];
      if (rows.length === 0) return;
      pending.set(list, []);
      const write = target[list].bulkAdd(list === 'media' ? rows.map(mediaRecordOf) : rows);
      // Awaited below; a failure also aborts the transaction at once.
      write.catch(() => {});
      writing.push(write);
      // Two chunks at most in flight: the file is read and checked on while IndexedDB writes them.
      while (writing.length > 2) await writing.shift();
    };
    const daily = new DailyTotals();
    const searchText = new SearchTextBuilder();
    for (;;) {
      // Reading the file is no IndexedDB request: Dexie keeps the transaction open meanwhile.
      const next = await Dexie.waitFor(batches.next());
      signal?.throwIfAborted();
      if (next.done) break;
      for (const entry of next.value.entries) {
        const taken = checker.take(entry);
        if (!taken || (taken.list === 'settings' && (taken.row as { key: string }).key === 'deviceId')) continue;
        const rows = pending.get(taken.list) as unknown[];
        rows.push(taken.row);
        if (taken.list === 'reviewLog') daily.add(taken.row as ReviewLogRecord);
        else if (taken.list === 'cards') searchText.add(taken.row as CardRecord);
        if (rows.length >= (taken.list === 'media' ? 1 : RESTORE_CHUNK)) await flush(taken.list);
      }
      onProgress(next.value.done, next.value.total);
    }
    checker.finish();
    for (const list of BACKUP_LISTS) await flush(list);
    for (const write of writing) await write;
    await db.dailyStats.bulkAdd(daily.records());
    await db.searchText.bulkAdd(searchText.records());
    // Never the backup's device id (a backup made on another device must not make two devices one): a new one.
    await syncAfterRestore(db, keptSync);
    // Another copy of the data now: undo entries recorded before (in any tab) are refused.
    await db.settings.put({ key: 'dataGeneration', value: replaced + 1 });
  });
  return { restored: checker.counts.reviewLog };
}

const mediaRecordOf = (row: unknown): MediaRecord => {
  const { name, base64 } = row as Backup['media'][number];
  return { name, data: fromBase64(base64) };
};
