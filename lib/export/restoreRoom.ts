import type { RestoreError } from './backupReader';

const MB = 2 ** 20;

/**
 * Whether the device has room for a restore of a backup file of `fileBytes`, judged before anything is read or
 * written: the old data stays until all of the new is written (all or nothing), so the new data needs room beside it,
 * about as much as the file (media shrink from base64, rows grow by their indexes). A file that cannot fit is refused
 * at once instead of after minutes of writing. `estimate` is the browser's (navigator.storage.estimate()); without a
 * quota nothing is refused here (the write itself then says if the device is full).
 */
export function roomRefusal(fileBytes: number, estimate: { quota?: number; usage?: number }): RestoreError | null {
  if (estimate.quota === undefined) return null;
  const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  if (fileBytes <= free) return null;
  return { code: 'no-room', needMb: Math.ceil(fileBytes / MB), freeMb: Math.floor(free / MB) };
}
