import { describe, expect, it } from 'vitest';
import { studyDay } from '../../../lib/srs';

const HOUR = 3_600_000;

describe('studyDay with the 04:00 rollover', () => {
  // 2026-06-10 in Europe/Berlin is UTC+2: 03:59 local = 01:59Z.
  it('03:59 still belongs to the previous study day', () => {
    const day = studyDay(Date.UTC(2026, 5, 10, 1, 59), 'Europe/Berlin', 4);
    expect(day.key).toBe('2026-06-09');
    expect(day.start).toBe(Date.UTC(2026, 5, 9, 2, 0));
    expect(day.end).toBe(Date.UTC(2026, 5, 10, 2, 0));
  });

  it('04:01 starts the new study day', () => {
    const day = studyDay(Date.UTC(2026, 5, 10, 2, 1), 'Europe/Berlin', 4);
    expect(day.key).toBe('2026-06-10');
    expect(day.start).toBe(Date.UTC(2026, 5, 10, 2, 0));
  });

  it('a day across the spring DST change lasts 23 hours and starts at 04:00 local on both sides', () => {
    // America/New_York springs forward on 2026-03-08 at 02:00 (EST UTC-5 → EDT UTC-4).
    const day = studyDay(Date.UTC(2026, 2, 8, 12), 'America/New_York', 4);
    expect(day.key).toBe('2026-03-08');
    expect(day.start).toBe(Date.UTC(2026, 2, 8, 8)); // 04:00 EDT
    const before = studyDay(Date.UTC(2026, 2, 8, 6), 'America/New_York', 4); // 01:00 EST on the 8th
    expect(before.key).toBe('2026-03-07');
    expect(before.start).toBe(Date.UTC(2026, 2, 7, 9)); // 04:00 EST
    expect(before.end - before.start).toBe(23 * HOUR);
  });

  it('a day across the autumn DST change lasts 25 hours', () => {
    // Europe/Berlin falls back on 2026-10-25 at 03:00 CEST → 02:00 CET.
    const day = studyDay(Date.UTC(2026, 9, 24, 12), 'Europe/Berlin', 4);
    expect(day.start).toBe(Date.UTC(2026, 9, 24, 2)); // 04:00 CEST
    expect(day.end).toBe(Date.UTC(2026, 9, 25, 3)); // 04:00 CET
    expect(day.end - day.start).toBe(25 * HOUR);
  });

  it('handles a rollover at midnight and zones east of UTC+12', () => {
    expect(studyDay(Date.UTC(2026, 0, 1, 11, 30), 'Pacific/Kiritimati', 0).key).toBe('2026-01-02');
    expect(studyDay(Date.UTC(2026, 0, 1, 23, 30), 'UTC', 0)).toEqual({
      key: '2026-01-01',
      start: Date.UTC(2026, 0, 1),
      end: Date.UTC(2026, 0, 2),
    });
  });
});
