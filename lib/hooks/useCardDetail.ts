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
 * 100k notes under Settings, where it signs in: 138-147 s, 128 s without it). A failed read leaves the estimate out.
 */
export function useReviewStabilities(): number[] | undefined {
  const [stabilities, setStabilities] = useState<number[]>();
  useEffect(() => {
    let cancelled = false;
    readReviewStabilities(getDb()).then(
      (read) => !cancelled && setStabilities(read),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return stabilities;
}
