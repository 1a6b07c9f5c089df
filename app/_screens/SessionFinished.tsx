'use client';
import Link from 'next/link';
import { useDaySummary } from '../../lib/hooks/useSessionSummary';
import { formatWhen, useI18n } from '../../lib/i18n';
import { enPhone } from '../../lib/i18n/enPhone';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';

/** Minutes to one decimal under ten (a short session is "0.4 min", not "0 min"), whole ones beyond. */
const minutesOf = (ms: number) => Number((ms / 60_000).toFixed(ms < 600_000 ? 1 : 0));

/** The end of a review session: today's work in this deck, tomorrow's load, when the next card falls due, the way home. */
function SessionFinishedView({ deckId, nextDue, now }: { deckId: string; nextDue: number | null; now: number }) {
  const { t, lang } = useI18n();
  const summary = useDaySummary(deckId, now);
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  return (
    <section className="finished">
      <h2>{t('review.doneTitle')}</h2>
      {summary && (
        <dl className="day-summary" aria-label={t('summary.title')}>
          <div>
            <dt>{t('summary.cards')}</dt>
            <dd data-testid="summary-cards">{summary.cards}</dd>
          </div>
          <div>
            <dt>{t('summary.time')}</dt>
            <dd>{t('summary.minutes', { minutes: minutesOf(summary.timeMs) })}</dd>
          </div>
          <div>
            <dt>{t('summary.retention')}</dt>
            <dd>{summary.retention === null ? t('summary.retentionNone') : percent.format(summary.retention)}</dd>
          </div>
          <div>
            <dt>{t('summary.dueTomorrow')}</dt>
            <dd data-testid="summary-due-tomorrow">{summary.dueTomorrow}</dd>
          </div>
        </dl>
      )}
      <p>{nextDue === null ? t('review.nextDueNone') : t('review.nextDue', { when: formatWhen(nextDue, now, lang) })}</p>
      <Link className="button primary" href="/">
        {t('review.backHome')}
      </Link>
    </section>
  );
}

/** This screen's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enPhone];
export const SessionFinished = withExtraStrings(STRINGS, SessionFinishedView);
