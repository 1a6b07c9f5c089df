import type { Lang } from '../model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 10 minutes", "in 3 days", or a date when more than a month away, in the learner's language. */
export function formatWhen(at: number, now: number, lang: Lang): string {
  const diff = Math.max(0, at - now);
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (diff < HOUR) return relative.format(Math.max(1, Math.round(diff / MINUTE)), 'minute');
  if (diff < DAY) return relative.format(Math.round(diff / HOUR), 'hour');
  if (diff < 31 * DAY) return relative.format(Math.round(diff / DAY), 'day');
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(at);
}
