'use client';
import { type BrowseQuery, browseCards } from '../db';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';

export type { BrowseQuery, BrowseRow, BrowseSort, BrowseState } from '../db';

/**
 * The card browser's answer to a query, live, tagged with the query it answers (an answer over a large collection
 * takes most of a second: the screen can tell an earlier query's rows from this one's). `undefined` until the first.
 */
export function useBrowse(query: BrowseQuery, decay: number) {
  const queryKey = JSON.stringify(query);
  return useLiveQuery(async () => ({ ...(await browseCards(getDb(), query, Date.now(), decay)), queryKey }), [queryKey, decay]);
}
