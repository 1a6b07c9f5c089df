'use client';
import { getSetting } from '../db';
import {
  DEFAULT_STUDY_SETTINGS,
  localStudyDay,
  type Scheduler,
  type StudyDay,
  type StudySettings,
  schedulerSettingsOf,
  validateStudySettings,
} from '../srs';
import { deckStudySettings } from '../srs/studySettings';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';

export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Today's study day on this device (no Intl: the first screens need no ICU data, see localStudyDay). */
export const today = (now: number, rolloverHour = DEFAULT_STUDY_SETTINGS.rolloverHour): StudyDay => localStudyDay(now, rolloverHour);

/**
 * The learner's study settings, live; undefined until read (defaults where a stored value is invalid). With a deck:
 * the settings for studying it, its preset applied.
 */
export function useStoredStudySettings(deckId = ''): StudySettings | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [study, presets] = await Promise.all([getSetting(db, 'study'), getSetting(db, 'deckPresets')]);
    return deckStudySettings(validateStudySettings(study).settings, presets, deckId);
  }, [deckId]);
}

/** The learner's study settings, live (defaults until read). */
export const useStudySettings = (): StudySettings => useStoredStudySettings() ?? DEFAULT_STUDY_SETTINGS;

/** The study settings for studying a deck (its preset applied), live (defaults until read). */
export const useDeckStudySettings = (deckId: string): StudySettings => useStoredStudySettings(deckId) ?? DEFAULT_STUDY_SETTINGS;

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
