'use client';
import { getDb } from '../db';
import { useLiveQuery } from '../liveQuery';
import { command } from '../writeCommand';
import { syncSoon } from './syncSoon';

export type { DeckConflict } from '../../db/deckConflict';
export type { DeckBody } from '../../db/records';

// The deck-conflict reader and writer come with the notice, loaded after the screen: not on a first load.
const conflicts = () => import('../../db/deckConflict');

/** The version of this deck that lost a concurrent change on another device, live; null when there is none. */
export const useDeckConflict = (deckId: string) =>
  useLiveQuery(async () => (await conflicts()).readDeckConflict(getDb(), deckId), [deckId]);

/** Every deck in conflict, live (the home screen). */
export const useDeckConflicts = () => useLiveQuery(async () => (await conflicts()).readDeckConflicts(getDb()), []);

/**
 * Keeps the deck as it is, or gives it the other version's name and limit; either way settled on every device: the
 * pick goes up with the next round, soon (as an answer does), so the other devices' notices go too.
 */
export const pickDeckVersion = command(async (deckId: string, pick: 'kept' | 'other') => {
  const db = getDb();
  await (await conflicts()).pickDeckVersion(db, deckId, pick, Date.now());
  void syncSoon(db);
});
