'use client';
import Link from 'next/link';
import { formatWhen, useI18n } from '../../lib/i18n';

/** The end of a review session: when the next card falls due, and the way home. */
export function SessionFinished({ nextDue, now }: { nextDue: number | null; now: number }) {
  const { t, lang } = useI18n();
  return (
    <section className="finished">
      <h2>{t('review.doneTitle')}</h2>
      <p>{nextDue === null ? t('review.nextDueNone') : t('review.nextDue', { when: formatWhen(nextDue, now, lang) })}</p>
      <Link className="button primary" href="/">
        {t('review.backHome')}
      </Link>
    </section>
  );
}
