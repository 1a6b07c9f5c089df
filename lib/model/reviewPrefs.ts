import { RATINGS, type Rating } from './schedule';

/** Card text sizes the learner can pick (a scale of the card's type, applied wherever a card is shown). */
export const CARD_FONT_SIZES = ['small', 'normal', 'large', 'larger'] as const;
export type CardFontSize = (typeof CARD_FONT_SIZES)[number];

/**
 * How this device reviews: one-handed gestures, the answer timer and the card's text size. Kept per device (a phone
 * swipes, a laptop types), like the theme: in localStorage, not in the synced or backed-up database.
 */
export interface ReviewPrefs {
  /** Tap the card to show the answer, swipe it to rate. */
  gestures: boolean;
  swipeLeft: Rating;
  swipeRight: Rating;
  /** Anki's answer timer: seconds on the card, shown while it is face down. */
  timer: boolean;
  fontSize: CardFontSize;
}

export const DEFAULT_REVIEW_PREFS: ReviewPrefs = { gestures: true, swipeLeft: 1, swipeRight: 3, timer: false, fontSize: 'normal' };

export const REVIEW_PREFS_KEY = 'kubecards.reviewPrefs';

const isRating = (value: unknown): value is Rating => RATINGS.includes(value as Rating);

/** The stored preferences, each field checked on its own: a damaged or older value falls back to its default alone. */
export function parseReviewPrefs(stored: string | null): ReviewPrefs {
  let raw: Partial<Record<keyof ReviewPrefs, unknown>> = {};
  try {
    const parsed: unknown = JSON.parse(stored ?? '{}');
    if (parsed !== null && typeof parsed === 'object') raw = parsed;
  } catch {
    // Not JSON: every field takes its default.
  }
  const d = DEFAULT_REVIEW_PREFS;
  return {
    gestures: typeof raw.gestures === 'boolean' ? raw.gestures : d.gestures,
    swipeLeft: isRating(raw.swipeLeft) ? raw.swipeLeft : d.swipeLeft,
    swipeRight: isRating(raw.swipeRight) ? raw.swipeRight : d.swipeRight,
    timer: typeof raw.timer === 'boolean' ? raw.timer : d.timer,
    fontSize: CARD_FONT_SIZES.includes(raw.fontSize as CardFontSize) ? (raw.fontSize as CardFontSize) : d.fontSize,
  };
}

/** Runs before hydration (inline in <head>) so cards never paint at one size and then jump to the chosen one. */
export const CARD_FONT_BOOT_SCRIPT = `try{var f=JSON.parse(localStorage.getItem('${REVIEW_PREFS_KEY}')||'{}').fontSize;if(f&&f!=='normal')document.documentElement.dataset.cardFont=f}catch(e){}`;
