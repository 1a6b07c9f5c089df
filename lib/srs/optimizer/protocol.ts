import type { SchedulerSettings } from '../scheduler';
import type { LoggedAnswer } from './history';

export const OPTIMIZER_WORKER_URL = '/optimizer-worker.js';

/** Fewer answers than this give parameters no better than the defaults (the FSRS authors' advice). */
export const MIN_REVIEWS_TO_OPTIMIZE = 1000;

export interface OptimizeRequest {
  log: LoggedAnswer[];
  settings: SchedulerSettings;
  /** The learner's offset from UTC minus the hour the study day starts, in minutes (how fsrs-rs tells days apart). */
  minuteOffset: number;
}

/** How well the current and the optimized parameters predict the learner's answers (log loss: lower is better). */
export type OptimizeResponse =
  | { ok: true; parameters: number[]; current: { loss: number; count: number }; optimized: { loss: number; count: number } }
  | { ok: false; reason: string };
