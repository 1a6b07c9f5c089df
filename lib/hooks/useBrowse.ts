'use client';
import { useCallback, useEffect, useState } from 'react';
import type { ScheduleRecord } from '../db';
import { type BrowseQuery, browseCards, browseKeys } from '../db/browse';
import { ScheduleCache } from '../db/browseCache';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';

export type { BrowseQuery, BrowseRow, BrowseSort, BrowseState } from '../db/browse';

/**
 * The card browser's answer to a query, live, tagged with the query it answers (the screen can tell an earlier
 * query's rows from this one's), and a way to list every match (for "select all matching"). While the browser is
 * open, every schedule row is kept in memory (see ScheduleCache): whole-collection filters and sorts read no rows
 * from IndexedDB. `result` is `undefined` until the first answer.
 */
export function useBrowse(query: BrowseQuery, decay: number) {
  const memory = useScheduleRows();
  const queryKey = JSON.stringify(query);
  const result = useLiveQuery(
    async () => ({ ...(await browseCards(getDb(), query, Date.now(), decay, memory)), queryKey }),
    [queryKey, decay, memory],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is compared by its JSON (a new object each render)
  const allKeys = useCallback(() => browseKeys(getDb(), query, Date.now(), decay, memory), [queryKey, decay, memory]);
  return { result, allKeys };
}

/** Every schedule row while the calling screen is open (`undefined` until read), a new array on every change. */
function useScheduleRows(): readonly ScheduleRecord[] | undefined {
  const [rows, setRows] = useState<readonly ScheduleRecord[]>();
  useEffect(() => {
    const cache = new ScheduleCache(getDb());
    const unsubscribe = cache.subscribe(() => setRows(cache.rows()));
    const stop = cache.start();
    return () => {
      unsubscribe();
      stop();
    };
  }, []);
  return rows;
}
