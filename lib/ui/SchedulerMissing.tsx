import { useI18n } from '../i18n';

/** Where the rating buttons would be when the scheduler's code could not load: what is missing, and a retry. */
export function SchedulerMissing({ onRetry }: { onRetry(): void }) {
  const { t } = useI18n();
  return (
    <div className="answer-buttons" role="alert">
      <p>{t('review.schedulerMissing')}</p>
      <button type="button" className="button primary" onClick={onRetry}>
        {t('review.retry')}
      </button>
    </div>
  );
}
