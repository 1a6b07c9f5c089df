'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { BUILTIN_DECK_ID } from '../../lib/db';
import { useDeckSync, useReviewSession } from '../../lib/hooks';
import { formatWhen, useI18n } from '../../lib/i18n';
import { isExamDomain, type Rating, topicSlug } from '../../lib/model';
import { setMidCard } from '../../lib/pwa';
import { type BlankResult, type CommandCheck, type ExerciseAnswer, type ExerciseCheck, isExercise } from '../../lib/srs';
import { AnswerButtons, CardView, Counts } from '../../lib/ui';
import { DeckSyncNotice } from './DeckSyncNotice';
import { useReviewKeys } from './useReviewKeys';

// The card actions load when the learner opens "More": most reviews never do.
const CardActions = lazy(() => import('./CardActions').then((m) => ({ default: m.CardActions })));

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
  const { view, revealed, preview, busy } = session;
  const { current } = session;
  const card = current?.card ?? null;
  const [typed, setTyped] = useState('');
  const [blankValues, setBlanks] = useState<string[]>([]);
  const [exercise, setExercise] = useState<ExerciseAnswer | null>(null);
  const firstControl = useRef<HTMLButtonElement & HTMLInputElement>(null);
  const shownId = current ? `${current.schedule.key}@${current.schedule.version}` : null;

  // Each new card starts with an empty answer and keyboard focus on its first control.
  useEffect(() => {
    if (shownId === null) return;
    setTyped('');
    setBlanks([]);
    setExercise(null);
    firstControl.current?.focus();
  }, [shownId]);

  const typesAnswer = card?.kind === 'command' || (card?.kind === 'basic' && card.typeIn === true);
  // The checkers load with the first revealed typed answer (most cards need none): the review route stays small.
  const [checked, setChecked] = useState<{
    check: CommandCheck | null;
    blanks: BlankResult[] | null;
    exercise: ExerciseCheck | null;
    suggested: Rating | null;
  } | null>(null);
  useEffect(() => {
    setChecked(null);
    if (!revealed || !card || !(typesAnswer || card.kind === 'manifest' || isExercise(card))) return;
    let current = true;
    void import('../../lib/srs/checkers').then(({ checkBlanks, checkCommand, checkExercise, checkTyped, proposedRating }) => {
      if (!current) return;
      const check =
        card.kind === 'command'
          ? checkCommand(typed, card.answer, card.accept)
          : card.kind === 'basic' && card.typeIn
            ? checkTyped(typed, card.content[lang].back)
            : null;
      const blanks = card.kind === 'manifest' ? checkBlanks(card.yaml, blankValues) : null;
      const exerciseCheck = isExercise(card) ? checkExercise(card, exercise) : null;
      const suggested = check ? proposedRating(check) : blanks ? ratingForBlanks(blanks) : (exerciseCheck?.rating ?? null);
      setChecked({ check, blanks, exercise: exerciseCheck, suggested });
    });
    return () => {
      current = false;
    };
  }, [card, revealed, typed, lang, blankValues, exercise, typesAnswer]);
  const check = checked?.check ?? null;
  const blankResults = checked?.blanks ?? null;
  const suggested: Rating | null = checked?.suggested ?? null;

  // An accepted app update waits while a card is in progress (answer shown or command being typed).
  const midCard = revealed || typed !== '' || blankValues.some((b) => b !== '') || exercise !== null;
  useEffect(() => setMidCard(midCard), [midCard]);
  useEffect(() => () => setMidCard(false), []);
  useReviewKeys({ session, suggested });

  // On a first visit the built-in deck is still being written: its empty queue is not "done for today".
  const deckArriving = deckId === BUILTIN_DECK_ID && sync.phase === 'syncing' && !card;
  if (view === undefined || deckArriving) return <p>{t('review.loading')}</p>;

  return (
    <div className="review">
      <h1 className="visually-hidden">{t('review.title')}</h1>
      <div className="review-top">
        <Counts counts={view.queue.counts} />
        <button
          type="button"
          className="button ghost"
          onClick={session.undo}
          disabled={!session.canUndo || busy}
          aria-keyshortcuts="U Control+Z"
        >
          {t('review.undo')}
        </button>
      </div>
      {topic && <p className="muted small">{t('review.topicSession', { topic })}</p>}
      {domain && <p className="muted small">{t('review.domainSession', { domain: t(`domain.${domain}`) })}</p>}
      {domainParam !== null && !domain && <p role="alert">{t('review.unknownDomain', { domain: domainParam })}</p>}
      {aheadDays && <p className="muted small">{t('review.aheadSession', { days: aheadDays })}</p>}
      {cram && <p className="muted small">{t('review.cramSession')}</p>}
      <p className="notice" role="status">
        {session.notice?.kind === 'stale' && t('review.stale')}
        {session.notice?.kind === 'undone' && t('review.undone')}
        {session.notice?.kind === 'buried' && t('review.buried')}
        {session.notice?.kind === 'suspended' && t('review.suspended')}
        {session.notice?.kind === 'failed' && t('review.failed', { reason: session.notice.reason })}
        {session.notice?.kind === 'storage-full' && t('storage.full')}
      </p>
      {card ? (
        <>
          <CardView
            card={card}
            revealed={revealed}
            typed={typed}
            check={check}
            blankResults={blankResults ?? undefined}
            blankInputs={{
              values: blankValues,
              onChange: (index, value) => setBlanks((all) => Object.assign([...all], { [index]: value })),
              onSubmit: session.reveal,
            }}
            exercise={{ answer: exercise, onChange: setExercise, onSubmit: session.reveal }}
            exerciseCheck={checked?.exercise ?? null}
          />
          {current && !cram && (
            <details className="more" open={showActions} onToggle={(e) => setShowActions((e.target as HTMLDetailsElement).open)}>
              <summary>{t('action.more')}</summary>
              {showActions && (
                <Suspense>
                  <CardActions schedule={current.schedule} onDone={(undo) => session.recordAction(undo)} />
                </Suspense>
              )}
            </details>
          )}
          {revealed && deckId === BUILTIN_DECK_ID && (
            <p className="open-in-notes">
              <Link href={`/notes/${topicSlug(card.topic)}#${card.noteId}`}>{t('review.openInNotes')}</Link>
            </p>
          )}
          <div className="review-actions">
            {typesAnswer && !revealed && (
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
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
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
            {!typesAnswer && !revealed && (
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
            {revealed && preview && (
              <AnswerButtons preview={preview.states} now={preview.at} suggested={suggested} disabled={busy} onAnswer={session.answer} />
            )}
          </div>
          <p className="muted small shortcuts">{t('review.shortcuts')}</p>
        </>
      ) : (
        <section className="finished">
          <h2>{t('review.doneTitle')}</h2>
          <p>
            {view.nextDue === null ? t('review.nextDueNone') : t('review.nextDue', { when: formatWhen(view.nextDue, session.now, lang) })}
          </p>
          <Link className="button primary" href="/">
            {t('review.backHome')}
          </Link>
        </section>
      )}
    </div>
  );
}

/** All blanks right: Good; some: Hard; none: Again. */
function ratingForBlanks(results: { correct: boolean }[]): Rating {
  const right = results.filter((r) => r.correct).length;
  if (right === results.length) return 3;
  return right > 0 ? 2 : 1;
}
