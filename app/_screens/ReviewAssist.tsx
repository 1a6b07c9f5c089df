'use client';
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import type { ReviewSession } from '../../lib/hooks';
import { useReviewPrefs } from '../../lib/hooks/useReviewPrefs';
import { useAnswerPace } from '../../lib/hooks/useSessionSummary';
import { useI18n } from '../../lib/i18n';
import { enPhone } from '../../lib/i18n/enPhone';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';
import type { Rating } from '../../lib/model';
import { minutesLeft, progressOf } from '../../lib/srs/pace';
import { useSwipeGrades } from './useSwipeGrades';

/**
 * What a reviewer needs beyond the card, loaded after the first card: the session's progress and the time it will take
 * at the learner's own pace, Anki's answer timer (if chosen), on a phone undo and the way home within thumb reach and
 * the tap and swipe gestures.
 */
function ReviewAssistView({ session }: { session: ReviewSession }) {
  const { t } = useI18n();
  const [prefs] = useReviewPrefs();
  const pace = useAnswerPace();
  const ratingName = useCallback((rating: Rating) => t(`rating.${rating}`), [t]);
  useSwipeGrades(session, prefs, ratingName);
  const { counts, handled } = session;
  const remaining = counts ? counts.new + counts.learning + counts.review : 0;
  const left = minutesLeft(remaining, pace ?? null);
  return (
    <div className="review-assist">
      <div className="assist-status">
        <progress
          className="session-progress"
          value={progressOf(handled, remaining)}
          max={1}
          aria-label={t('assist.progress')}
          aria-valuetext={t('assist.done', { done: handled, total: handled + remaining })}
        />
        <span className="muted small" data-testid="session-done">
          {t('assist.done', { done: handled, total: handled + remaining })}
          {left !== null && left > 0 && <> · {t('assist.left', { minutes: left })}</>}
        </span>
        {prefs?.timer && <AnswerTimer key={session.shownAt} shownAt={session.shownAt} stopped={session.revealed} />}
      </div>
      <nav className="thumb-bar" aria-label={t('assist.bar')}>
        <button type="button" className="button ghost" onClick={session.undo} disabled={!session.canUndo}>
          {t('review.undo')}
        </button>
        {/* No prefetch, as everywhere on the first screens: the service worker precaches every screen. */}
        <Link className="button ghost" href="/" prefetch={false}>
          {t('assist.home')}
        </Link>
      </nav>
    </div>
  );
}

/** Seconds on the card since it was shown, like Anki's timer: it stops when the answer shows (keyed by the card). */
function AnswerTimer({ shownAt, stopped }: { shownAt: number; stopped: boolean }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (stopped) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [stopped]);
  return (
    <span className="answer-timer" role="timer" aria-label={t('assist.timer')}>
      {t('assist.seconds', { seconds: Math.max(0, Math.floor((now - shownAt) / 1000)) })}
    </span>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enPhone];
export const ReviewAssist = withExtraStrings(STRINGS, ReviewAssistView);
