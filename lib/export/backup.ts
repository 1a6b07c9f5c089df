import type { Table } from 'dexie';
import {
  type CardRecord,
  type DeckRecord,
  dailyStatsOf,
  dataGeneration,
  type KubecardsDb,
  type MediaRecord,
  type ReviewLogRecord,
  type ScheduleRecord,
  type SettingRecord,
  searchTextsOf,
} from '../db';
import { type BadField, checkBackupRow } from './backupCheck';
import { fromBase64, toBase64 } from './base64';

export const BACKUP_FORMAT = 'kubecards-backup';
/** Bump when the backup shape changes; restore migrates older versions and refuses newer ones. */
export const BACKUP_VERSION = 1;

/** The tables a backup holds, row by row (media aside). */
interface BackupTables {
  createdAt: number;
  decks: DeckRecord[];
  cards: CardRecord[];
  schedule: ScheduleRecord[];
  reviewLog: ReviewLogRecord[];
  settings: SettingRecord[];
}

export interface Backup extends BackupTables {
  format: typeof BACKUP_FORMAT;
  version: number;
  media: { name: string; base64: string }[];
}

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

export type RestoreError =
  | { code: 'not-json' | 'not-a-backup' | 'newer-version' | 'storage-full' | 'write-failed'; detail?: string }
  /** The entry and field at fault. */
  | { code: 'invalid'; at: BadField };

const hasKeys = (value: unknown, keys: string[]) => typeof value === 'object' && value !== null && keys.every((k) => k in value);

/** parse → guard → migrate → validate: a backup we can restore, or why not. Nothing is written here. */
export function readBackup(text: string): { backup: Backup } | { error: RestoreError } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: { code: 'not-json', detail: String(error) } };
  }
  const root = data as Partial<Backup>;
  if (!hasKeys(root, ['format', 'version']) || root.format !== BACKUP_FORMAT) return { error: { code: 'not-a-backup' } };
  // A version written as text is damage, not a newer version.
  if (typeof root.version !== 'number' || !Number.isInteger(root.version))
    return { error: { code: 'invalid', at: { table: 'backup', index: null, field: 'version', problem: 'number' } } };
  if (root.version > BACKUP_VERSION) return { error: { code: 'newer-version', detail: String(root.version) } };
  for (const table of ['decks', 'cards', 'schedule', 'reviewLog', 'settings', 'media'] as const) {
    const rows: unknown = root[table];
    if (!Array.isArray(rows))
      return {
        error: { code: 'invalid', at: { table: 'backup', index: null, field: table, problem: rows === undefined ? 'missing' : 'list' } },
      };
    for (const [index, row] of rows.entries()) {
      const bad = checkBackupRow(table, row, index);
      if (bad) return { error: { code: 'invalid', at: bad } };
    }
  }
  return { backup: root as Backup };
}

/** Rows written between two progress reports of a restore. */
const RESTORE_CHUNK = 10_000;

/**
 * Replaces the whole database with the backup, in one transaction: all of it or, on any failure, none. The daily
 * totals behind the statistics and the browser's search text are not in the file: they are rebuilt from its rows.
 * A large collection takes a while (IndexedDB writes ~10k rows/s here), so rows go in chunks and `onProgress` hears
 * how many of them are written.
 */
export async function restoreBackup(
  db: KubecardsDb,
  backup: Backup,
  onProgress: (written: number, total: number) => void = () => {},
): Promise<void> {
  const tables = [db.decks, db.cards, db.schedule, db.reviewLog, db.settings, db.media, db.dailyStats, db.searchText];
  // The device id stays this device's: a backup made on another device must not make two devices one (their new log
  // entries' global ids would meet).
  const settings = backup.settings.filter((row) => row.key !== 'deviceId');
  const rows: [Table, readonly unknown[]][] = [
    [db.decks, backup.decks],
    [db.cards, backup.cards],
    [db.schedule, backup.schedule],
    [db.reviewLog, backup.reviewLog],
    [db.settings, settings],
    [db.media, backup.media.map((m) => ({ name: m.name, data: fromBase64(m.base64) }))],
    [db.dailyStats, dailyStatsOf(backup.reviewLog)],
    [db.searchText, searchTextsOf(backup.cards)],
  ];
  const total = rows.reduce((sum, [, list]) => sum + list.length, 0);
  let written = 0;
  await db.transaction('rw', tables, async () => {
    const replaced = await dataGeneration(db);
    const device = await db.settings.get('deviceId');
    for (const table of tables) await table.clear();
    if (device) await db.settings.add(device);
    for (const [table, list] of rows)
      for (let at = 0; at < list.length; at += RESTORE_CHUNK) {
        const chunk = list.slice(at, at + RESTORE_CHUNK);
        await table.bulkAdd(chunk);
        written += chunk.length;
        onProgress(written, total);
      }
    // Another copy of the data now: undo entries recorded before (in any tab) are refused.
    await db.settings.put({ key: 'dataGeneration', value: replaced + 1 });
  });
}
