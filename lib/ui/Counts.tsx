import { useI18n } from '../i18n';

/** Remaining new / learning / review cards, coloured as in Anki. */
export function Counts({ counts }: { counts: { new: number; learning: number; review: number } }) {
  const { t } = useI18n();
  return (
    <ul className="counts" aria-label={t('counts.label')}>
      <li className="count-new">
        <span className="count-label">{t('counts.new')}</span> <span data-testid="count-new">{counts.new}</span>
      </li>
      <li className="count-learning">
        <span className="count-label">{t('counts.learning')}</span> <span data-testid="count-learning">{counts.learning}</span>
      </li>
      <li className="count-review">
        <span className="count-label">{t('counts.review')}</span> <span data-testid="count-review">{counts.review}</span>
      </li>
    </ul>
  );
}
