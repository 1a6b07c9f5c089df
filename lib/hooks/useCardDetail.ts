'use client';
import { useEffect, useState } from 'react';
import { readCardDetail, readReviewStabilities } from '../db';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';

/** One card, its schedule and its history, live; `undefined` while loading. */
export const useCardDetail = (key: string) => useLiveQuery(() => readCardDetail(getDb(), key), [key]);

/**
 * The stability of every card in review, read when the study settings open (their workload estimate). Not live: it
 * reads every card in review, and a live query did so again after each batch a sync pull wrote (a fresh device pulling
 * 100k cards under Settings, where it signs in, took 147 s instead of 125 s).
 */
export function useReviewStabilities(): number[] | undefined {
  const [stabilities, setStabilities] = useState<number[]>();
  useEffect(() => {
    let shown = true;
    void readReviewStabilities(getDb()).then((read) => shown && setStabilities(read));
    return () => {
      shown = false;
    };
  }, []);
  return stabilities;
}
