import { createScheduler, DEFAULT_QUEUE_LIMITS, DEFAULT_SCHEDULER_SETTINGS, type StudyDay, studyDay } from '../srs';

/** The day starts at 04:00 local time, as in Anki. */
export const ROLLOVER_HOUR = 4;

export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
export const today = (now: number): StudyDay => studyDay(now, localTimeZone(), ROLLOVER_HOUR);

/** Settings are the defaults until the settings screen lands; one scheduler instance previews and grades. */
export const queueLimits = DEFAULT_QUEUE_LIMITS;
export const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
