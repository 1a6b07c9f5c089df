'use client';
import type { BulkAction, BulkResult, BulkUndo } from '../db/bulkActions';
import { getDb } from './db';
import { syncSoon } from './sync/syncSoon';
import { command } from './writeCommand';

export type { BulkAction, BulkResult, BulkUndo };

// Loaded on first use: the writers are not part of the browser's first paint.
const writers = () => import('../db/bulkActions');

/** One bulk action of the browser on these cards (one transaction); `undefined` when refused (the shell says why). */
export const applyBulk = command(async (keys: string[], action: BulkAction): Promise<BulkResult> => {
  const result = await (await writers()).applyBulkAction(getDb(), keys, action, Date.now());
  void syncSoon(getDb());
  return result;
});

/** Takes a bulk action back; `undefined` when refused (a card changed since, or the data was replaced). */
export const undoBulk = command(async (undo: BulkUndo): Promise<true> => {
  await (await writers()).undoBulkAction(getDb(), undo, Date.now());
  void syncSoon(getDb());
  return true;
});

/** How many cards and answers deleting the notes of these cards would take (asked before a delete). */
export const notesDeletionExtent = async (keys: string[]) => (await writers()).notesDeletionExtent(getDb(), keys);
