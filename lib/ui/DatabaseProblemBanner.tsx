import { useI18n } from '../i18n';

/**
 * A newer Kubecards has the data (stored by it before this page opened, or upgraded by another tab since): this page
 * reads and writes nothing more; a reload brings the new version. Nothing on screen is cleared until the learner
 * chooses to reload.
 */
export function DatabaseProblemBanner({ problem }: { problem: 'newer-version' | 'updated-elsewhere' }) {
  const { t } = useI18n();
  return (
    <div className="update-banner" role="alert">
      <span>{t(problem === 'newer-version' ? 'db.newerVersion' : 'db.updatedElsewhere')}</span>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('update.reload')}
      </button>
    </div>
  );
}
