'use client';
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { writeFailureOf } from '../db';

/**
 * Dexie's live query, except that once another tab upgraded the database (this page's connection stays closed, see
 * openDb) it keeps the last result instead of throwing into the screen: what the learner sees and typed stays, and
 * the shell asks for a reload.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: unknown[] = []): T | undefined {
  const last = useRef<T | undefined>(undefined);
  return useDexieLiveQuery(async () => {
    try {
      last.current = await querier();
      return last.current;
    } catch (error) {
      if (writeFailureOf(error).kind === 'newer-version') return last.current;
      throw error;
    }
  }, deps);
}
