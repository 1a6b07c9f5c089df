import { describe, expect, it } from 'vitest';
import { gestureOf, isSideways } from '../../../lib/ui/review/gesture';

const path = (dx: number, dy: number, ms = 200, width = 358) => ({ dx, dy, ms, width });

describe('what a finger on the card means', () => {
  it('a short touch that barely moves is a tap; a long press is nothing (left to text selection)', () => {
    expect(gestureOf(path(3, -4))).toBe('tap');
    expect(gestureOf(path(3, -4, 900))).toBeNull();
  });

  it('a clear sideways move across a quarter of the card is a swipe left or right', () => {
    expect(gestureOf(path(-120, 10))).toBe('left');
    expect(gestureOf(path(130, -20))).toBe('right');
  });

  it('a short drag, or one as much down as across (a scroll of a long answer), rates nothing', () => {
    expect(gestureOf(path(50, 0))).toBeNull();
    expect(gestureOf(path(120, 80))).toBeNull();
    expect(gestureOf(path(0, 300))).toBeNull();
    // On a wide card a quarter of its width is needed, not just the minimum.
    expect(gestureOf(path(150, 0, 200, 800))).toBeNull();
  });

  it('the card follows the finger only while the drag is sideways', () => {
    expect(isSideways(40, 5)).toBe(true);
    expect(isSideways(40, 30)).toBe(false);
    expect(isSideways(5, 0)).toBe(false);
  });
});
