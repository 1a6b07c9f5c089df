import { describe, expect, it } from 'vitest';
import { CARD_FONT_BOOT_SCRIPT, DEFAULT_REVIEW_PREFS, parseReviewPrefs, REVIEW_PREFS_KEY } from '../../../lib/model/reviewPrefs';

describe("this device's review preferences", () => {
  it('are the defaults when nothing, or something that is not JSON, is stored', () => {
    expect(parseReviewPrefs(null)).toEqual(DEFAULT_REVIEW_PREFS);
    expect(parseReviewPrefs('{oops')).toEqual(DEFAULT_REVIEW_PREFS);
    expect(parseReviewPrefs('42')).toEqual(DEFAULT_REVIEW_PREFS);
  });

  it('keep each valid field and put the default in place of each invalid one alone', () => {
    const stored = JSON.stringify({ gestures: false, swipeLeft: 2, swipeRight: 9, timer: 'yes', fontSize: 'large' });
    expect(parseReviewPrefs(stored)).toEqual({ gestures: false, swipeLeft: 2, swipeRight: 3, timer: false, fontSize: 'large' });
  });

  it('set the card size before the first paint, from the same stored value', () => {
    const dataset: Record<string, string> = {};
    const storage = { getItem: (key: string) => (key === REVIEW_PREFS_KEY ? JSON.stringify({ fontSize: 'larger' }) : null) };
    new Function('localStorage', 'document', CARD_FONT_BOOT_SCRIPT)(storage, { documentElement: { dataset } });
    expect(dataset.cardFont).toBe('larger');
  });
});
