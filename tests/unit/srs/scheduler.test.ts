import { describe, expect, it } from 'vitest';
import { CardState, newMemoryState, type Rating } from '../../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, describeInterval } from '../../../lib/srs';

const noFuzz = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });

describe('FSRS-6 through our adapter', () => {
  // ts-fsrs __tests__/FSRS-6.test.ts "ivl_history": default parameters, fuzz off, each review at the due time.
  it('gives the published interval sequence', () => {
    const ratings: Rating[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
    let now = new Date(2022, 11, 29, 12, 30, 0, 0).getTime();
    let state = newMemoryState(now);
    const intervals: number[] = [];
    for (const rating of ratings) {
      state = noFuzz.grade(state, now, rating);
      intervals.push(state.scheduledDays);
      now = state.due;
    }
    expect(intervals).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
  });

  it('previews exactly what grading gives, for every button, with fuzz on', () => {
    const fuzzed = createScheduler();
    const now = Date.UTC(2026, 0, 10, 9);
    let state = newMemoryState(now);
    for (const rating of [3, 3, 3] as Rating[]) state = fuzzed.grade(state, state.due, rating);
    const at = state.due + 3 * 86_400_000;
    const preview = fuzzed.preview(state, at);
    for (const rating of [1, 2, 3, 4] as Rating[]) expect(preview[rating]).toEqual(fuzzed.grade(state, at, rating));
  });

  it('uses the learning steps 1m and 10m for a new card', () => {
    const now = Date.UTC(2026, 0, 10, 9);
    const preview = noFuzz.preview(newMemoryState(now), now);
    expect([1, 2, 3].map((r) => (preview[r as Rating].due - now) / 60_000)).toEqual([1, 6, 10]);
    expect(preview[4].state).toBe(CardState.Review);
  });
});

describe('describeInterval', () => {
  it.each([
    [30_000, { value: 0, unit: 'now' }],
    [10 * 60_000, { value: 10, unit: 'minute' }],
    [3 * 3_600_000, { value: 3, unit: 'hour' }],
    [2 * 86_400_000, { value: 2, unit: 'day' }],
    [45 * 86_400_000, { value: 1.5, unit: 'month' }],
    [730 * 86_400_000, { value: 2, unit: 'year' }],
  ])('%i ms → %o', (ms, expected) => expect(describeInterval(ms)).toEqual(expected));
});

describe('time going the wrong way', () => {
  const T = Date.UTC(2026, 5, 10, 12);
  const reviewed = noFuzz.grade(newMemoryState(T), T, 4);

  it('a clock moved back 3 days: grading and previews work, with no negative interval', () => {
    const earlier = T - 3 * 86_400_000;
    for (const rating of [1, 2, 3, 4] as Rating[]) {
      const next = noFuzz.grade(reviewed, earlier, rating);
      expect(next.scheduledDays).toBeGreaterThanOrEqual(0);
      expect(next.due).toBeGreaterThanOrEqual(T);
      expect(Number.isFinite(next.stability) && Number.isFinite(next.difficulty)).toBe(true);
    }
    expect(noFuzz.preview(reviewed, earlier)[3]).toEqual(noFuzz.grade(reviewed, earlier, 3));
  });

  it('is deterministic: the same answers at the same (clamped) times give the same state', () => {
    const earlier = T - 86_400_000;
    expect(noFuzz.grade(reviewed, earlier, 3)).toEqual(noFuzz.grade(reviewed, T, 3));
  });
});
