import { afterAll, describe, expect, it } from 'vitest';
import { localStudyDay, studyDay } from '../../../lib/srs';

const deviceZone = process.env.TZ;
afterAll(() => {
  if (deviceZone === undefined) delete process.env.TZ;
  else process.env.TZ = deviceZone;
});

const HOUR = 3_600_000;
// Whole years hour by hour around DST changes (both hemispheres, half-hour DST, a midnight change) and zones without.
const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham'];
const from = Date.UTC(2025, 0, 1);
const instants = Array.from({ length: 366 * 24 }, (_, i) => from + i * HOUR + 17 * 60_000);

// The device's zone is the one Node reads from TZ: localStudyDay must give the day studyDay computes with Intl.
describe('the study day from Date, without Intl', () => {
  for (const zone of ZONES) {
    it(`is the Intl study day in ${zone}, every hour of a year, rollover at midnight and at 4`, () => {
      process.env.TZ = zone;
      for (const rolloverHour of [0, 4]) {
        const differing = instants.filter((now) => {
          const local = localStudyDay(now, rolloverHour);
          const intl = studyDay(now, zone, rolloverHour);
          return local.key !== intl.key || local.start !== intl.start || local.end !== intl.end;
        });
        expect(differing.map((now) => new Date(now).toISOString())).toEqual([]);
      }
    });
  }
});
