import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { StaleReviewError, writeFailureOf } from '../../../lib/db';

describe('writeFailureOf', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  it('finds a full disk however Dexie wraps it', () => {
    expect(writeFailureOf(quota)).toEqual({ kind: 'storage-full' });
    expect(writeFailureOf(new Dexie.AbortError('Transaction aborted', quota))).toEqual({ kind: 'storage-full' });
    expect(writeFailureOf(new Dexie.QuotaExceededError('full'))).toEqual({ kind: 'storage-full' });
  });
  it('tells a stale card and any other failure apart', () => {
    expect(writeFailureOf(new StaleReviewError('k8s/a'))).toEqual({ kind: 'stale' });
    expect(writeFailureOf(new Dexie.AbortError('Transaction aborted', new Error('disk I/O')))).toMatchObject({ kind: 'failed' });
    expect(writeFailureOf('nope')).toEqual({ kind: 'failed', reason: 'nope' });
  });
});
