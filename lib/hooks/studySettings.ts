import { DEFAULT_QUEUE_LIMITS, type Scheduler, type StudyDay, studyDay } from '../srs';

/** The day starts at 04:00 local time, as in Anki. */
export const ROLLOVER_HOUR = 4;

export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
export const today = (now: number): StudyDay => studyDay(now, localTimeZone(), ROLLOVER_HOUR);

/** Settings are the defaults until the settings screen lands. */
export const queueLimits = DEFAULT_QUEUE_LIMITS;

let scheduler: Promise<Scheduler> | null = null;
/**
 * The one scheduler instance that previews and grades. ts-fsrs is loaded on first use, not with the page: the first
 * card paints before it arrives (it is needed only when the answer is shown).
 */
export function loadScheduler(): Promise<Scheduler> {
  scheduler ??= import('../srs/scheduler').then(({ createScheduler, DEFAULT_SCHEDULER_SETTINGS }) =>
    createScheduler(DEFAULT_SCHEDULER_SETTINGS),
  );
  return scheduler;
}
