import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, THEME_KEY } from '../../../lib/model/bootScript';
import { DEFAULT_REVIEW_PREFS, parseReviewPrefs, REVIEW_PREFS_KEY } from '../../../lib/model/reviewPrefs';

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

  it("the page's boot script applies the saved card size and theme before the first paint", () => {
    const stored: Record<string, string> = { [REVIEW_PREFS_KEY]: JSON.stringify({ fontSize: 'larger' }), [THEME_KEY]: 'dark' };
    const dataset: Record<string, string> = {};
    new Function('localStorage', 'document', BOOT_SCRIPT)(
      { getItem: (key: string) => stored[key] ?? null },
      { documentElement: { dataset } },
    );
    expect(dataset).toEqual({ cardFont: 'larger', theme: 'dark' });
  });
});
