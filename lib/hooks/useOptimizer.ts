'use client';
import { useCallback, useState } from 'react';
import { answerCount } from '../db/answerCount';
import { inHistory } from '../db/logHistory';
import { type StudySettings, schedulerSettingsOf, utcOffsetMinutes } from '../srs';
import type { LoggedAnswer } from '../srs/optimizer/history';
import { OPTIMIZER_WORKER_URL, type OptimizeRequest, type OptimizeResponse } from '../srs/optimizer/protocol';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { localTimeZone } from './studySettings';

export type OptimizerState =
  | { phase: 'idle' }
  | { phase: 'running'; reviews: number }
  | { phase: 'done'; result: Extract<OptimizeResponse, { ok: true }> }
  | { phase: 'failed'; reason: string };

/** How many answers the review log holds (what the optimizer can learn from; not card actions), live. */
export const useReviewCount = () => useLiveQuery(() => answerCount(getDb()), []);

/** Trains FSRS parameters on the whole review log in the optimizer worker; the learner then decides to use them. */
export function useOptimizer(settings: StudySettings) {
  const [state, setState] = useState<OptimizerState>({ phase: 'idle' });
  const run = useCallback(async () => {
    const rows = await getDb().reviewLog.toArray();
    const log: LoggedAnswer[] = rows.filter(inHistory).map(({ cardKey, rating, review, kind, before }) => ({
      cardKey,
      rating,
      review,
      ...(kind ? { kind } : {}),
      before: { state: before.state },
    }));
    setState({ phase: 'running', reviews: log.length });
    const now = Date.now();
    const request: OptimizeRequest = {
      log,
      settings: schedulerSettingsOf(settings),
      minuteOffset: utcOffsetMinutes(now, localTimeZone()) - settings.rolloverHour * 60,
    };
    const worker = new Worker(OPTIMIZER_WORKER_URL);
    const response = await new Promise<OptimizeResponse>((resolve) => {
      worker.onmessage = (event: MessageEvent<OptimizeResponse>) => resolve(event.data);
      worker.onerror = (event) => resolve({ ok: false, reason: event.message || 'the optimizer stopped' });
      worker.postMessage(request);
    });
    worker.terminate();
    setState(response.ok ? { phase: 'done', result: response } : { phase: 'failed', reason: response.reason });
  }, [settings]);
  return { state, run, clear: () => setState({ phase: 'idle' }) };
}
