'use client';
import { readSchedules } from '../db';
import type { CardSchedule } from '../model';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';

/** The stored schedule of some cards, live; `undefined` while loading. */
export function useCardStates(keys: string[]): Map<string, CardSchedule> | undefined {
  return useLiveQuery(() => readSchedules(getDb(), keys), [keys.join('|')]);
}
