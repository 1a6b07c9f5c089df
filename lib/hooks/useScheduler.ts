'use client';
import { useCallback, useEffect, useState } from 'react';
import type { Scheduler, StudySettings } from '../srs';
import { loadScheduler } from './studySettings';

export interface SchedulerLoad {
  /** null until loaded. */
  scheduler: Scheduler | null;
  /** The scheduler's code could not be loaded (offline before it was kept for offline use): grading waits for it. */
  missing: boolean;
  /** Tries again now; it also tries again by itself when the browser is back online. */
  retry(): void;
}

/** The scheduler for these settings, loaded lazily once `wanted`, with its failure as a state and a retry. */
export function useScheduler(settings: StudySettings, wanted: boolean): SchedulerLoad {
  const [loaded, setLoaded] = useState<Scheduler | null>(null);
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void attempt; // each retry loads again
    loadScheduler(settings).then(
      (scheduler) => {
        if (!current) return;
        setLoaded(scheduler);
        setMissing(false);
      },
      () => current && setMissing(true),
    );
    return () => {
      current = false;
    };
  }, [settings, attempt, wanted]);

  useEffect(() => {
    if (!missing) return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [missing, retry]);

  return { scheduler: loaded, missing, retry };
}
