'use client';
import { useSearchParams } from 'next/navigation';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useDeckSync, useReviewSession } from '../../lib/hooks';
import { usePaintedOnce } from '../../lib/hooks/afterNextPaint';
import { useFirstScreenHold } from '../../lib/hooks/firstScreen';
import { useI18n } from '../../lib/i18n';
import { BUILTIN_DECK_ID, isExamDomain, isExercise, type Lang, type Rating, type StudyCard, typesAnswer } from '../../lib/model';
import { setMidCard } from '../../lib/pwa';
import type { AnswerCheck } from '../../lib/srs/checkAnswer';
import { type AnswerInput, nothingEntered } from '../../lib/srs/session';
import { CardView, Counts, preloadCardBack, SchedulerMissing } from '../../lib/ui';
import { DeckSyncNotice } from './DeckSyncNotice';
import { useReviewKeys } from './useReviewKeys';

/** What the review screen says after an action or a refused write. */
const NOTICES = {
  stale: 'review.stale',
  undone: 'review.undone',
  buried: 'review.buried',
  suspended: 'review.suspended',
  'storage-full': 'storage.full',
  'newer-version': 'db.updatedElsewhere',
  replaced: 'undo.replaced',
} as const;

// Only a domain's study names its domain.
const DomainSessionNote = lazy(() => import('./DomainSessionNote').then((m) => ({ default: m.DomainSessionNote })));
// The end of a session shows once per session: it loads then.
const SessionFinished = lazy(() => import('./SessionFinished').then((m) => ({ default: m.SessionFinished })));
// Under a built-in card's answer: its personal note and the link to its notes, loaded with the first answer shown.
const BuiltinCardFooter = lazy(() => import('./BuiltinCardFooter').then((m) => ({ default: m.BuiltinCardFooter })));
// The card actions load when the learner opens "More": most reviews never do.
const CardActions = lazy(() => import('./CardActions').then((m) => ({ default: m.CardActions })));
// The rating buttons show with an answer: their code loads once the first card is painted, with the back's (preloadBack).
const answerButtons = () => import('../../lib/ui/AnswerButtons');
const AnswerButtons = lazy(() => answerButtons().then((m) => ({ default: m.AnswerButtons })));
const preloadBack = () => Promise.all([preloadCardBack(), answerButtons()]);
// Progress, timer, thumb bar, gestures and the keys' hint arrive after the first card is painted (see assistDue).
const ReviewAssist = lazy(() => import('./ReviewAssist').then((m) => ({ default: m.ReviewAssist })));

/** The review route: the deck update runs beside the session, which reads whatever is stored. */
export function ReviewScreen() {
  return (
    <>
      <DeckSyncNotice />
      <ReviewLoop />
    </>
  );
}

function ReviewLoop() {
  const { t, lang } = useI18n();
  const params = useSearchParams();
  const deckId = params.get('deck') ?? BUILTIN_DECK_ID;
  const topic = params.get('topic') ?? undefined;
  const domainParam = params.get('domain');
  const domain = domainParam !== null && isExamDomain(domainParam) ? domainParam : undefined;
  const aheadDays = Number(params.get('ahead')) || undefined;
  const cram = params.get('cram') === '1';
  const session = useReviewSession({ deckId, topic, domain, aheadDays, cram });
  const sync = useDeckSync();
  const [showActions, setShowActions] = useState(false);
  const { current, revealed, preview, input, counts } = session;
  const card = current?.card ?? null;
  const firstControl = useRef<HTMLButtonElement & HTMLInputElement>(null);
  const shownId = current ? `${current.schedule.key}@${current.schedule.version}` : null;

  // Once the first card is on screen and the page is idle, what its back needs is loaded: the reveal waits for nothing.
  const hasCard = card !== null;
  // The assist's code starts downloading once the first card is painted, not in the frame that draws it.
  const assistDue = usePaintedOnce(hasCard);
  useEffect(() => {
    if (!hasCard) return;
    const preload = () => void preloadBack();
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preload);
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(preload);
    return () => clearTimeout(timer);
  }, [hasCard]);

  // Each new card starts with keyboard focus on its first control (the session starts it face down, nothing typed).
  useEffect(() => {
    if (shownId !== null) firstControl.current?.focus();
  }, [shownId]);

  const typed = card !== null && typesAnswer(card);
  const checked = useAnswerCheck(card, revealed, input, lang);
  const suggested: Rating | null = checked?.suggested ?? null;

  // An accepted app update waits while a card is in progress (answer shown or something entered).
  const midCard = revealed || !nothingEntered(input);
  useEffect(() => setMidCard(midCard), [midCard]);
  useEffect(() => () => setMidCard(false), []);
  useReviewKeys({ session, suggested });

  // On a first visit the built-in deck is still being written: its empty queue is not "done for today".
  const deckArriving = deckId === BUILTIN_DECK_ID && sync.phase === 'syncing' && !card;
  const loading = !session.ready || counts === undefined || deckArriving;
  // What can wait (a first visit's precache) waits until the first card, or the end of the session, is painted.
  useFirstScreenHold(usePaintedOnce(!loading));
  if (loading) return <p>{t('review.loading')}</p>;
  // Nor is a deck that could not be stored (the sync notice above says why).
  if (deckId === BUILTIN_DECK_ID && sync.phase === 'failed' && !card) return null;

  return (
    <div className="review" data-pending={session.pending} data-read-at={session.readAt}>
      <h1 className="visually-hidden">{t('review.title')}</h1>
      <div className="review-top">
        <Counts counts={counts} />
        <button
          type="button"
          className="button ghost undo-top"
          onClick={session.undo}
          disabled={!session.canUndo}
          aria-keyshortcuts="U Control+Z"
        >
          {t('review.undo')}
        </button>
      </div>
      {topic && <p className="muted small">{t('review.topicSession', { topic })}</p>}
      {domainParam !== null && (
        <Suspense>
          <DomainSessionNote domain={domainParam} />
        </Suspense>
      )}
      {aheadDays && <p className="muted small">{t('review.aheadSession', { days: aheadDays })}</p>}
      {cram && <p className="muted small">{t('review.cramSession')}</p>}
      <p className="notice" role="status">
        {session.notice &&
          (session.notice.kind === 'failed' ? t('review.failed', { reason: session.notice.reason }) : t(NOTICES[session.notice.kind]))}
      </p>
      {card ? (
        <>
          <CardView
            card={card}
            revealed={revealed}
            typed={input.typed}
            check={checked?.check ?? null}
            blankResults={checked?.blanks ?? undefined}
            blankInputs={{
              values: input.blanks,
              onChange: (index, value) => session.setInput({ blanks: Object.assign([...input.blanks], { [index]: value }) }),
              onSubmit: session.reveal,
            }}
            exercise={{ answer: input.exercise, onChange: (exercise) => session.setInput({ exercise }), onSubmit: session.reveal }}
            exerciseCheck={checked?.exercise ?? null}
          />
          {current && !cram && (
            <details className="more" open={showActions} onToggle={(e) => setShowActions((e.target as HTMLDetailsElement).open)}>
              <summary>{t('action.more')}</summary>
              {showActions && (
                <Suspense>
                  <CardActions schedule={current.schedule} onDone={session.recordAction} />
                </Suspense>
              )}
            </details>
          )}
          {revealed && deckId === BUILTIN_DECK_ID && (
            <Suspense>
              <BuiltinCardFooter card={card} />
            </Suspense>
          )}
          <div className="review-actions">
            {typed && !revealed && (
              <form
                className="command-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  session.reveal();
                }}
              >
                <label htmlFor="command-input">{card.kind === 'command' ? t('review.typeCommand') : t('review.typeAnswer')}</label>
                <input
                  id="command-input"
                  ref={firstControl}
                  className="command-input"
                  value={input.typed}
                  onChange={(event) => session.setInput({ typed: event.target.value })}
                  autoComplete="off"
                  autoCapitalize="off"
                  autoCorrect="off"
                  spellCheck={false}
                  enterKeyHint="done"
                />
                <button type="submit" className="button primary">
                  {t('review.check')}
                </button>
              </form>
            )}
            {!typed && !revealed && (
              <button
                ref={firstControl}
                type="button"
                className="button primary show-answer"
                onClick={session.reveal}
                aria-keyshortcuts="Space Enter"
              >
                {card.kind === 'manifest' || isExercise(card) ? t('review.check') : t('review.showAnswer')}
              </button>
            )}
            {session.answerable && preview && (
              <Suspense>
                <AnswerButtons preview={preview.states} now={preview.at} suggested={suggested} onAnswer={session.answer} />
              </Suspense>
            )}
            {revealed && session.scheduler.missing && <SchedulerMissing onRetry={session.scheduler.retry} />}
            {assistDue ? (
              <Suspense fallback={<ReviewAssistPlace />}>
                <ReviewAssist session={session} />
              </Suspense>
            ) : (
              <ReviewAssistPlace />
            )}
            {/* With the first card (hidden on touch screens): its arrival never shrinks the card. */}
            <p className="muted small shortcuts">{t('review.shortcuts')}</p>
          </div>
        </>
      ) : (
        <Suspense>
          <SessionFinished deckId={deckId} nextDue={session.nextDue} now={session.now} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * The assist's height on a phone (its status line and bottom bar) until it arrives: the card, which takes the rest of
 * the screen, does not shrink under the learner's eyes.
 */
function ReviewAssistPlace() {
  return (
    <div className="review-assist" aria-hidden="true">
      <div className="assist-status">
        <span className="muted small">&nbsp;</span>
      </div>
      <div className="thumb-bar" />
    </div>
  );
}

/**
 * How the revealed answer is judged. The checkers load with the first revealed checked answer (most cards need none):
 * the review route stays small.
 */
function useAnswerCheck(card: StudyCard | null, revealed: boolean, input: AnswerInput, lang: Lang): AnswerCheck | null {
  const [checked, setChecked] = useState<{ card: StudyCard; result: AnswerCheck } | null>(null);
  const checks = card !== null && (typesAnswer(card) || card.kind === 'manifest' || isExercise(card));
  useEffect(() => {
    if (!revealed || card === null || !checks) return;
    let current = true;
    void import('../../lib/srs/checkers').then(({ checkAnswer }) => {
      if (current) setChecked({ card, result: checkAnswer(card, input, lang) });
    });
    return () => {
      current = false;
    };
  }, [card, revealed, input, lang, checks]);
  // A result belongs to its card: the next card never shows the last one's verdict.
  return revealed && checked?.card === card ? checked.result : null;
}
