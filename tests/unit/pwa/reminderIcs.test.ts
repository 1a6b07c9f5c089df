import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { dailyReminderIcs } from '../../../lib/pwa/reminderIcs';

// The calendar reminder is read back with a real iCalendar parser (ical.js) and expanded across a daylight-saving
// change: it must fall at the chosen local time every day.

const previousZone = process.env.TZ;
// Node reads TZ again when it changes: local times below are Berlin's (summer time starts 28 March 2027).
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  process.env.TZ = previousZone;
});

const ics = dailyReminderIcs({
  time: '19:30',
  firstDay: '2027-03-25',
  url: 'https://kubecards.example/review',
  title: 'Kubecards: review your cards, now; then rest',
  description: 'Cards are waiting.\nOpen Kubecards to review them — 中文也行。'.repeat(3),
  now: Date.UTC(2027, 2, 24, 12),
});

/** The calendar's one event. */
function eventOf(file: string): ICAL.Event {
  const vevent = new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the file');
  return new ICAL.Event(vevent);
}

describe('the daily reminder .ics', () => {
  it('parses as one recurring event that opens the review screen', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const event = eventOf(ics);
    expect(event.isRecurring()).toBe(true);
    expect(event.summary).toBe('Kubecards: review your cards, now; then rest');
    expect(event.description).toContain('https://kubecards.example/review');
    expect(event.description).toContain('中文也行。');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://kubecards.example/review');
    expect(event.component.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('recurs every day at 19:30 local time across the change to summer time', () => {
    const event = eventOf(ics);
    const iterator = event.iterator();
    const days: Date[] = [];
    for (let next = iterator.next(); next && days.length < 6; next = iterator.next()) days.push(next.toJSDate());
    expect(days.map((d) => [d.getDate(), d.getHours(), d.getMinutes()])).toEqual([
      [25, 19, 30],
      [26, 19, 30],
      [27, 19, 30],
      [28, 19, 30],
      [29, 19, 30],
      [30, 19, 30],
    ]);
    // The same local time is a different instant once the clocks go forward: 18:30 UTC before, 17:30 UTC after.
    expect(days.map((d) => d.getUTCHours())).toEqual([18, 18, 18, 17, 17, 17]);
  });
});
