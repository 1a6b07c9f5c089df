'use client';
import { getSetting } from '../db';
import {
  DEFAULT_STUDY_SETTINGS,
  type Scheduler,
  type StudyDay,
  type StudySettings,
  schedulerSettingsOf,
  studyDay,
  validateStudySettings,
} from '../srs';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';

export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
export const today = (now: number, rolloverHour = DEFAULT_STUDY_SETTINGS.rolloverHour): StudyDay =>
  studyDay(now, localTimeZone(), rolloverHour);

/** The learner's study settings, live; undefined until read (defaults where a stored value is invalid). */
export function useStoredStudySettings(): StudySettings | undefined {
  return useLiveQuery(async () => validateStudySettings(await getSetting(getDb(), 'study')).settings, []);
}

/** The learner's study settings, live (defaults until read). */
export const useStudySettings = (): StudySettings => useStoredStudySettings() ?? DEFAULT_STUDY_SETTINGS;

const schedulers = new Map<string, Promise<Scheduler>>();
/**
 * The scheduler for these settings: one instance previews and grades. ts-fsrs is loaded on first use, not with the
 * page: the first card paints before it arrives (it is needed only when the answer is shown). A load that failed (the
 * network cut before the service worker kept the chunk) is forgotten, so the next call tries again.
 */
export function loadScheduler(settings: StudySettings = DEFAULT_STUDY_SETTINGS): Promise<Scheduler> {
  const params = schedulerSettingsOf(settings);
  const key = JSON.stringify(params);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = import('../srs/scheduler').then(({ createScheduler }) => createScheduler(params));
    schedulers.set(key, scheduler);
    scheduler.catch(() => schedulers.delete(key));
  }
  return scheduler;
}
