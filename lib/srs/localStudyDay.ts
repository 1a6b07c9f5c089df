import type { StudyDay } from './studyDay';

/**
 * The study day in the device's own time zone, read with Date's local-time methods: the same day as
 * `studyDay(now, <the device's zone>, rolloverHour)` without Intl, whose first use loads ICU data (20–60 ms of the first
 * screen's main thread here, four times that on a phone). A rollover hour skipped by DST falls on the later instant,
 * as in studyDay.
 */
export function localStudyDay(now: number, rolloverHour: number): StudyDay {
  const wall = new Date(now);
  // Before the rollover hour we are still in yesterday's study day.
  const day = wall.getDate() - (wall.getHours() < rolloverHour ? 1 : 0);
  const year = wall.getFullYear();
  const month = wall.getMonth();
  return {
    key: new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10),
    start: new Date(year, month, day, rolloverHour).getTime(),
    end: new Date(year, month, day + 1, rolloverHour).getTime(),
  };
}
