/** A finger's path on the card: where it went down, where it came up, and how long it stayed. */
export interface TouchPath {
  dx: number;
  dy: number;
  ms: number;
  /** The card's width: a swipe must cross a share of it. */
  width: number;
}

export type Gesture = 'tap' | 'left' | 'right' | null;

/** Movement under this many px is still a tap (a finger is never perfectly still). */
const TAP_SLOP = 10;
/** A tap is short; a long press is left to the browser (text selection). */
const TAP_MS = 500;
/** A swipe crosses a quarter of the card, at least this far. */
const MIN_SWIPE = 60;

/**
 * What a finger's path on the card means: a tap, a swipe left or right, or nothing (a scroll, a hesitant drag). A
 * swipe must be clearly sideways (twice as wide as tall), so scrolling a long answer never rates the card.
 */
export function gestureOf({ dx, dy, ms, width }: TouchPath): Gesture {
  if (Math.abs(dx) < TAP_SLOP && Math.abs(dy) < TAP_SLOP) return ms < TAP_MS ? 'tap' : null;
  if (Math.abs(dx) < Math.max(MIN_SWIPE, width / 4) || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? 'left' : 'right';
}

/** Is a drag so far sideways (so the card follows the finger), rather than a scroll? */
export const isSideways = (dx: number, dy: number) => Math.abs(dx) > TAP_SLOP && Math.abs(dx) > 2 * Math.abs(dy);
