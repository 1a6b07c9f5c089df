'use client';
import { getSetting, setSetting } from '../db';
import {
  DEFAULT_STUDY_SETTINGS,
  localStudyDay,
  type Scheduler,
  type StudyDay,
  type StudySettings,
  schedulerSettingsOf,
  validateStudySettings,
} from '../srs';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { command } from './writeCommand';

export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Today's study day on this device (no Intl: the first screens need no ICU data, see localStudyDay). */
export const today = (now: number, rolloverHour = DEFAULT_STUDY_SETTINGS.rolloverHour): StudyDay => localStudyDay(now, rolloverHour);

/** The learner's study settings, live; undefined until read (defaults where a stored value is invalid). */
export function useStoredStudySettings(): StudySettings | undefined {
  return useLiveQuery(async () => validateStudySettings(await getSetting(getDb(), 'study')).settings, []);
}

/** The learner's study settings, live (defaults until read). */
export const useStudySettings = (): StudySettings => useStoredStudySettings() ?? DEFAULT_STUDY_SETTINGS;

/** Puts the learner's own FSRS parameters in use (or, with null, the defaults again), keeping every other setting. */
export const saveParameters = command(async (parameters: number[] | null): Promise<void> => {
  const db = getDb();
  await db.transaction('rw', db.settings, async () => {
    const { settings } = validateStudySettings(await getSetting(db, 'study'));
    await setSetting(db, 'study', { ...settings, parameters });
  });
});

/** The settings' problems (nothing saved), none once saved; `undefined` when the write was refused (reported). */
export const saveStudySettings = command(async (settings: Partial<StudySettings>) => {
  const { problems } = validateStudySettings(settings);
  if (problems.length > 0) return problems;
  await setSetting(getDb(), 'study', settings);
  return [];
});

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
