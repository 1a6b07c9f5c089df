'use client';
import { useEffect, useState } from 'react';
import { type DaySummary, loadDaySummary, recentAnswerTimes } from '../db/daySummary';
import { msPerCard } from '../srs/pace';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { today, useStudySettings } from './studySettings';

export type { DaySummary };

/** Today's summary of a deck (undefined until read), live: an undo on the summary screen updates it. */
export function useDaySummary(deckId: string, now: number): DaySummary | undefined {
  const { rolloverHour } = useStudySettings();
  return useLiveQuery(() => {
    const day = today(now, rolloverHour);
    return loadDaySummary(getDb(), deckId, day, today(day.end, rolloverHour));
  }, [deckId, now, rolloverHour]);
}

/**
 * The learner's time per card from their latest answers, read once when the session starts (null without any, undefined
 * until read): re-reading it after every answer would only compete with the next card.
 */
export function useAnswerPace(): number | null | undefined {
  const [pace, setPace] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void recentAnswerTimes(getDb()).then((times) => current && setPace(msPerCard(times)));
    return () => {
      current = false;
    };
  }, []);
  return pace;
}
