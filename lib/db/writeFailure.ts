import type { WriteFailure } from '../model';
import { StaleReviewError } from './staleReview';

export type { WriteFailure };

export function writeFailureOf(error: unknown): WriteFailure {
  if (error instanceof StaleReviewError) return { kind: 'stale' };
  if (isStorageFull(error)) return { kind: 'storage-full' };
  if (causedBy(error, 'DataReplacedError')) return { kind: 'replaced' };
  if (causedBy(error, 'DatabaseClosedError') || causedBy(error, 'NewerDatabaseError')) return { kind: 'newer-version' };
  return { kind: 'failed', reason: String(error) };
}

/** IndexedDB ran out of room (the site's quota or the disk); Dexie may wrap the browser's error in its own. */
export const isStorageFull = (error: unknown): boolean => causedBy(error, 'QuotaExceededError');

/** The error, or one Dexie wrapped in it, has this name. */
function causedBy(error: unknown, name: string): boolean {
  for (let cause = error; cause && typeof cause === 'object'; cause = (cause as { inner?: unknown }).inner) {
    if ((cause as { name?: unknown }).name === name) return true;
  }
  return false;
}
