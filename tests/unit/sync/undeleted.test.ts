import { describe, expect, it } from 'vitest';
import { standing, undeletedOf } from '../../../lib/sync/undeleted';

describe('deletions taken back', () => {
  it('are gathered from two versions, each moment once, in order, none as undefined', () => {
    expect(undeletedOf([30, 10], [20, 10])).toEqual([10, 20, 30]);
    expect(undeletedOf(undefined, [5])).toEqual([5]);
    expect(undeletedOf(undefined, undefined)).toBeUndefined();
    expect(undeletedOf([], [])).toBeUndefined();
  });

  it('void a clearing moment that is one of them, and no other', () => {
    expect(standing(20, [10, 20])).toBeUndefined();
    expect(standing(15, [10, 20])).toBe(15);
    expect(standing(15, undefined)).toBe(15);
    expect(standing(undefined, [10])).toBeUndefined();
  });
});
