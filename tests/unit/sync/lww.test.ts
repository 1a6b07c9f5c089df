import { describe, expect, it } from 'vitest';
import { mergeStamped, newerOf, type Stamped } from '../../../lib/sync';

const write = (value: number, at: number, deviceId: string): Stamped<number> => ({ value, at, deviceId });

describe('last writer wins', () => {
  it('takes the later write', () => {
    expect(newerOf(write(1, 10, 'b'), write(2, 11, 'a')).value).toBe(2);
    expect(newerOf(write(2, 11, 'a'), write(1, 10, 'b')).value).toBe(2);
  });

  it('breaks a tie in time by the device id, the same way whichever side is local', () => {
    expect(newerOf(write(1, 10, 'laptop'), write(2, 10, 'phone')).value).toBe(2);
    expect(newerOf(write(2, 10, 'phone'), write(1, 10, 'laptop')).value).toBe(2);
  });

  it('breaks a tie of time and device by the value, so both sides still agree', () => {
    expect(newerOf(write(1, 10, 'a'), write(2, 10, 'a'))).toEqual(newerOf(write(2, 10, 'a'), write(1, 10, 'a')));
  });

  it('merges settings key by key, keeping keys only one side has', () => {
    const phone = { retention: write(90, 10, 'phone'), newPerDay: write(20, 30, 'phone') };
    const laptop = { retention: write(95, 20, 'laptop'), newPerDay: write(10, 30, 'laptop'), limit: write(200, 5, 'laptop') };
    const expected = { retention: laptop.retention, newPerDay: phone.newPerDay, limit: laptop.limit };
    expect(mergeStamped(phone, laptop)).toEqual(expected);
    expect(mergeStamped(laptop, phone)).toEqual(expected);
  });
});
