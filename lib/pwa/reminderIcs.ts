// A daily reminder as a calendar event (RFC 5545), for every platform: no server, no permission. Its time is
// floating (no time zone): the calendar shows it at the chosen local time every day, across daylight-saving changes
// and wherever the learner travels.

export interface ReminderEvent {
  /** Local time, `HH:MM`. */
  time: string;
  /** The first day, `YYYY-MM-DD` (local). */
  firstDay: string;
  /** The page the event opens: the review screen. */
  url: string;
  title: string;
  description: string;
  /** Now (for DTSTAMP and a unique id). */
  now: number;
}

const CRLF = '\r\n';

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11). */
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded: a line break and a space, never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with a space
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The .ics file: one event, every day at `time`, from `firstDay`, with an alarm at its start. */
export function dailyReminderIcs(event: ReminderEvent): string {
  const [hour, minute] = event.time.split(':');
  const start = `${event.firstDay.replace(/-/g, '')}T${hour}${minute}00`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kubecards//Daily reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:daily-review-${event.now}@kubecards.app`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART:${start}`,
    'DURATION:PT15M',
    'RRULE:FREQ=DAILY',
    `SUMMARY:${text(event.title)}`,
    `DESCRIPTION:${text(`${event.description}\n${event.url}`)}`,
    `URL:${event.url}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${text(event.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}
