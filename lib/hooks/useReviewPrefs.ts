'use client';
import { useCallback, useEffect, useState } from 'react';
import { parseReviewPrefs, REVIEW_PREFS_KEY, type ReviewPrefs } from '../model/reviewPrefs';

/** Shows cards at the chosen size on this page (the boot script does it before the first paint of the next one). */
function applyCardFont(prefs: ReviewPrefs) {
  if (prefs.fontSize === 'normal') delete document.documentElement.dataset.cardFont;
  else document.documentElement.dataset.cardFont = prefs.fontSize;
}

/**
 * This device's review preferences (gestures, timer, card text size); undefined until read, so that nothing acts on
 * (or shows) the defaults for a moment when the learner chose otherwise.
 */
export function useReviewPrefs(): [ReviewPrefs | undefined, (change: Partial<ReviewPrefs>) => void] {
  const [prefs, setPrefs] = useState<ReviewPrefs | undefined>(undefined);
  useEffect(() => setPrefs(parseReviewPrefs(localStorage.getItem(REVIEW_PREFS_KEY))), []);
  const update = useCallback((change: Partial<ReviewPrefs>) => {
    const next = { ...parseReviewPrefs(localStorage.getItem(REVIEW_PREFS_KEY)), ...change };
    localStorage.setItem(REVIEW_PREFS_KEY, JSON.stringify(next));
    applyCardFont(next);
    setPrefs(next);
  }, []);
  return [prefs, update];
}
