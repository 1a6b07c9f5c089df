'use client';
import { renameDeck, setDeckNewLimit } from '../db';
import { getDb } from './db';
import { command } from './writeCommand';

/** Renames a deck and/or sets its own daily new-card limit (null: the global default); `true` once saved. */
export const saveDeckOptions = command(async (deckId: string, options: { name?: string; newPerDay?: number | null }) => {
  const db = getDb();
  if (options.name !== undefined) await renameDeck(db, deckId, options.name, Date.now());
  if (options.newPerDay !== undefined) await setDeckNewLimit(db, deckId, options.newPerDay, Date.now());
  return true;
});
