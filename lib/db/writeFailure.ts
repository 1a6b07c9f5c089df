import type { WriteFailure } from '../model';
import { StaleReviewError } from './reviews';

export type { WriteFailure };

export function writeFailureOf(error: unknown): WriteFailure {
  if (error instanceof StaleReviewError) return { kind: 'stale' };
  if (isStorageFull(error)) return { kind: 'storage-full' };
  return { kind: 'failed', reason: String(error) };
}

/** IndexedDB ran out of room (the site's quota or the disk); Dexie may wrap the browser's error in its own. */
export function isStorageFull(error: unknown): boolean {
  for (let cause = error; cause && typeof cause === 'object'; cause = (cause as { inner?: unknown }).inner) {
    if ((cause as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}
