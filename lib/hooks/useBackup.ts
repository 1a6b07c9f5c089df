'use client';
import { getSetting, setSetting } from '../db';
import { type RestoreError, reviewLogCsv, writeBackup } from '../export';
import type { RestoreMessage, RestoreRequest } from '../export/worker/restoreProtocol';
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

export const RESTORE_WORKER_URL = '/restore-worker.js';

/**
 * Restores a backup file in the restore worker: read as a stream, checked as it goes and written in one transaction
 * (all of it or nothing), so a file of any size neither holds the page's heap nor blocks it. Aborting asks the worker
 * to stop: it answers `cancelled` once its transaction is undone (or the outcome, if the restore was already done).
 */
export function restoreFromFile(
  file: File,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ restored: number } | { cancelled: true } | { error: RestoreError }> {
  return new Promise((resolve) => {
    const worker = new Worker(RESTORE_WORKER_URL);
    const ask = (request: RestoreRequest) => worker.postMessage(request);
    signal?.addEventListener('abort', () => ask({ cancel: true }));
    worker.onmessage = ({ data }: MessageEvent<RestoreMessage>) => {
      if ('progress' in data) return onProgress?.(data.progress.done, data.progress.total);
      worker.terminate();
      resolve(data);
    };
    // The worker itself failed (it could not load, or ran out of memory): its transaction is gone with it.
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ error: { code: 'write-failed', detail: event.message } });
    };
    ask({ file });
  });
}

/** When the last backup was taken, and whether to remind the learner; `undefined` while loading. */
export function useBackupStatus(now: number) {
  return useLiveQuery(async () => {
    const db = getDb();
    // The oldest answer says both whether there is anything to lose and since when (no count of a 500k-row log).
    const [lastBackupAt, first, account] = await Promise.all([
      getSetting(db, 'lastBackupAt'),
      db.reviewLog.orderBy('review').first(),
      getSetting(db, 'syncAccount'),
    ]);
    const since = lastBackupAt ?? first?.review ?? now;
    // A synced device: a restore is merged with the server's log at the next sync (the screen says so first).
    return { lastBackupAt, remind: first !== undefined && now - since > BACKUP_REMINDER_DAYS * DAY, synced: account !== undefined };
  }, [now]);
}
