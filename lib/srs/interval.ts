export type IntervalUnit = 'now' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short human interval like Anki's buttons show: 1 unit, rounded to one decimal above 10 days → months. */
export function describeInterval(ms: number): { value: number; unit: IntervalUnit } {
  if (ms < MINUTE) return { value: 0, unit: 'now' };
  if (ms < HOUR) return { value: Math.round(ms / MINUTE), unit: 'minute' };
  if (ms < DAY) return { value: Math.round(ms / HOUR), unit: 'hour' };
  const days = ms / DAY;
  if (days < 30) return { value: Math.round(days), unit: 'day' };
  if (days < 365) return { value: Math.round((days / 30) * 10) / 10, unit: 'month' };
  return { value: Math.round((days / 365) * 10) / 10, unit: 'year' };
}
