'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadStats } from '../db/statsQuery';
import { getDb } from './db';
import { localTimeZone } from './studySettings';

/** The statistics screen's numbers, live. */
export const useStats = (now: number) => useLiveQuery(() => loadStats(getDb(), now, localTimeZone()), [now]);
