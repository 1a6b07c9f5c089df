'use client';
import { loadStats } from '../db/statsQuery';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { localTimeZone } from './studySettings';

/** The statistics screen's numbers, live. */
export const useStats = (now: number) => useLiveQuery(() => loadStats(getDb(), now, localTimeZone()), [now]);
