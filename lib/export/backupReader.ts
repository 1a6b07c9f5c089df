import { type CardRecord, type DeckRecord, isStorageFull, type ReviewLogRecord, type ScheduleRecord, type SettingRecord } from '../db';
import { type BackupTable, type BadField, checkBackupRow } from './backupCheck';
import { type BackupEntry, BackupEntryTooLarge, BackupSplitter, BackupSyntaxError } from './backupStream';

export const BACKUP_FORMAT = 'kubecards-backup';
/** Bump when the backup shape changes; restore migrates older versions and refuses newer ones. */
export const BACKUP_VERSION = 1;

/** The lists of rows a backup holds, in the order the file has them. */
export const BACKUP_LISTS = ['decks', 'cards', 'schedule', 'reviewLog', 'settings', 'media'] as const;
export type BackupList = (typeof BACKUP_LISTS)[number];

/** The tables a backup holds, row by row (media aside). */
export interface BackupTables {
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

export type RestoreError =
  | { code: 'not-json' | 'not-a-backup' | 'newer-version' | 'storage-full' | 'write-failed'; detail?: string }
  /** The entry and field at fault. */
  | { code: 'invalid'; at: BadField }
  /** The device has no room for the file beside the data it replaces (checked before anything is read). */
  | { code: 'no-room'; needMb: number; freeMb: number }
  /** One entry (a media file, most likely) is more than can be read at once. */
  | { code: 'too-large'; at: { table: BackupTable; index: number | null } };

/** A restore refused for a reason the learner can read (the file is not a backup, or is damaged). */
export class BackupRefused extends Error {
  override name = 'BackupRefused';
  constructor(readonly refusal: RestoreError) {
    super(refusal.code);
  }
}

const isList = (key: string): key is BackupList => (BACKUP_LISTS as readonly string[]).includes(key);

/**
 * Judges a backup's entries as they stream by: the header (format, then version) must come before any list, as our
 * writer puts it, so a foreign file is refused at once; each row is checked field by field. `take` gives the rows to
 * write and throws BackupRefused at the first fault; `finish` checks that no list was missing.
 */
export class BackupChecker {
  private format: unknown;
  private version: unknown;
  private readonly lists = new Set<BackupList>();
  /** Rows taken per list. */
  readonly counts: Record<BackupList, number> = { decks: 0, cards: 0, schedule: 0, reviewLog: 0, settings: 0, media: 0 };

  take(entry: BackupEntry): { list: BackupList; row: unknown } | null {
    if (entry.kind === 'row') {
      if (!isList(entry.key)) return null;
      const bad = checkBackupRow(entry.key, entry.row, entry.index);
      if (bad) throw new BackupRefused({ code: 'invalid', at: bad });
      this.counts[entry.key]++;
      return { list: entry.key, row: entry.row };
    }
    const value = entry.kind === 'list' ? [] : entry.value;
    if (entry.key === 'format') {
      this.format = value;
      if (value !== BACKUP_FORMAT) throw new BackupRefused({ code: 'not-a-backup' });
    } else if (entry.key === 'version') {
      this.version = value;
      this.checkVersion();
    } else if (isList(entry.key)) {
      this.checkHeader();
      if (entry.kind === 'field') throw this.badList(entry.key, value === undefined ? 'missing' : 'list');
      this.lists.add(entry.key);
    }
    return null;
  }

  finish(): void {
    this.checkHeader();
    const missing = BACKUP_LISTS.find((list) => !this.lists.has(list));
    if (missing) throw this.badList(missing, 'missing');
  }

  private checkHeader() {
    if (this.format !== BACKUP_FORMAT || this.version === undefined) throw new BackupRefused({ code: 'not-a-backup' });
  }

  private checkVersion() {
    const version = this.version;
    // A version written as text is damage, not a newer version.
    if (typeof version !== 'number' || !Number.isInteger(version))
      throw new BackupRefused({ code: 'invalid', at: { table: 'backup', index: null, field: 'version', problem: 'number' } });
    if (version > BACKUP_VERSION) throw new BackupRefused({ code: 'newer-version', detail: String(version) });
  }

  private badList(list: BackupList, problem: 'missing' | 'list') {
    return new BackupRefused({ code: 'invalid', at: { table: 'backup', index: null, field: list, problem } });
  }
}

/** Why a restore failed, as the settings screen words it. */
export function restoreErrorOf(error: unknown): RestoreError {
  if (error instanceof BackupRefused) return error.refusal;
  if (error instanceof BackupSyntaxError) return { code: 'not-json', detail: error.message };
  if (error instanceof BackupEntryTooLarge)
    return { code: 'too-large', at: { table: isList(error.key) ? error.key : 'backup', index: error.index } };
  return isStorageFull(error) ? { code: 'storage-full' } : { code: 'write-failed', detail: String(error) };
}

/**
 * Reads and checks a backup held in one string (tests and small tools; a file is restored as a stream, see
 * `restoreBackup`): its header fields and rows, or why it cannot be restored. Nothing is written here.
 */
export function readBackup(text: string): { backup: Backup } | { error: RestoreError } {
  const splitter = new BackupSplitter();
  const checker = new BackupChecker();
  const backup: Record<string, unknown> = {};
  try {
    for (const entry of [...splitter.push(text), ...splitter.finish()]) {
      const taken = checker.take(entry);
      if (entry.kind === 'field') backup[entry.key] = entry.value;
      else if (entry.kind === 'list' && isList(entry.key)) backup[entry.key] = [];
      if (taken) (backup[taken.list] as unknown[]).push(taken.row);
    }
    checker.finish();
  } catch (error) {
    return { error: restoreErrorOf(error) };
  }
  return { backup: backup as unknown as Backup };
}
