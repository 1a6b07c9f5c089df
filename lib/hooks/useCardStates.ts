'use client';
import type { ScheduleRecord } from '../db';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';

/** The stored schedule of some cards, live; `undefined` while loading. */
export function useCardStates(keys: string[]): Map<string, ScheduleRecord> | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().schedule.bulkGet(keys);
    return new Map(rows.filter((row): row is ScheduleRecord => row !== undefined).map((row) => [row.key, row]));
  }, [keys.join('|')]);
}
