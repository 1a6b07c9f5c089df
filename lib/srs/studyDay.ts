/** The study day a moment belongs to: it starts at `rolloverHour` local time, not at midnight. */
export interface StudyDay {
  /** Local calendar date of the day's start, `YYYY-MM-DD`. */
  key: string;
  /** Epoch ms of the day's first and of the next day's first moment. */
  start: number;
  end: number;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallTime(ms: number, timeZone: string): WallTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The instant at which the wall clock in `timeZone` shows the given time (the later one if skipped by DST). */
function instantOf(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const seen = wallTime(guess, timeZone);
    const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
    const drift = seenUtc - asUtc;
    if (drift === 0) break;
    guess -= drift;
  }
  return guess;
}

/** Minutes the wall clock in `timeZone` is ahead of UTC at this moment (negative west of Greenwich). */
export function utcOffsetMinutes(now: number, timeZone: string): number {
  const wall = wallTime(now, timeZone);
  return Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - now) / 60_000);
}

export function studyDay(now: number, timeZone: string, rolloverHour: number): StudyDay {
  const wall = wallTime(now, timeZone);
  // Before the rollover hour we are still in yesterday's study day.
  const shift = wall.hour < rolloverHour ? -1 : 0;
  const startDate = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + shift));
  const nextDate = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + shift + 1));
  const at = (d: Date): WallTime => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: rolloverHour,
    minute: 0,
    second: 0,
  });
  return {
    key: startDate.toISOString().slice(0, 10),
    start: instantOf(at(startDate), timeZone),
    end: instantOf(at(nextDate), timeZone),
  };
}
