'use client';
import { getSetting, isStorageFull, setSetting } from '../db';
import { type RestoreError, readBackup, restoreBackup, reviewLogCsv, writeBackup } from '../export';
import { getDb } from './db';
import { blobOfParts, dateStamp, downloadBlob, downloadText } from './download';
import { useLiveQuery } from './liveQuery';
import { command } from './writeCommand';

const DAY = 86_400_000;
/** Remind after this long without a backup, once there are reviews to lose. */
export const BACKUP_REMINDER_DAYS = 14;

/**
 * Downloads the backup file, written part by part (a collection with hundreds of megabytes of media is more text than
 * one string can hold). A failure reaches the shell's notice through `command`, and the backup time is only recorded
 * once the file was handed to the browser.
 */
export const downloadBackup = command(async (): Promise<void> => {
  const now = Date.now();
  const file = blobOfParts('application/json');
  await writeBackup(getDb(), now, file.add);
  downloadBlob(`kubecards-backup-${dateStamp(now)}.json`, file.blob());
  await setSetting(getDb(), 'lastBackupAt', now);
});

export async function downloadReviewLog(): Promise<void> {
  downloadText(`kubecards-revlog-${dateStamp(Date.now())}.csv`, reviewLogCsv(await getDb().reviewLog.toArray()), 'text/csv');
}

/** Reads a backup file and, if it is one we can restore, replaces the database with it (all or nothing). */
export async function restoreFromFile(file: File, onProgress?: (written: number, total: number) => void) {
  const read = readBackup(await file.text());
  if ('error' in read) return read;
  try {
    await restoreBackup(getDb(), read.backup, onProgress);
  } catch (error) {
    const code = isStorageFull(error) ? 'storage-full' : 'write-failed';
    return { error: { code, detail: String(error) } satisfies RestoreError };
  }
  return { restored: read.backup.reviewLog.length };
}

/** When the last backup was taken, and whether to remind the learner; `undefined` while loading. */
export function useBackupStatus(now: number) {
  return useLiveQuery(async () => {
    const db = getDb();
    // The oldest answer says both whether there is anything to lose and since when (no count of a 500k-row log).
    const [lastBackupAt, first] = await Promise.all([getSetting(db, 'lastBackupAt'), db.reviewLog.orderBy('review').first()]);
    const since = lastBackupAt ?? first?.review ?? now;
    return { lastBackupAt, remind: first !== undefined && now - since > BACKUP_REMINDER_DAYS * DAY };
  }, [now]);
}
