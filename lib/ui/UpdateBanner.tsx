import { useI18n } from '../i18n';

/** "Update available — Reload"; once accepted mid-card, says it will apply after the card. */
export function UpdateBanner({ available, accepted, onAccept }: { available: boolean; accepted: boolean; onAccept(): void }) {
  const { t } = useI18n();
  if (!available) return null;
  return (
    <div className="update-banner" role="status">
      {accepted ? (
        <span>{t('update.afterCard')}</span>
      ) : (
        <>
          <span>{t('update.available')}</span>
          <button type="button" className="button primary" onClick={onAccept}>
            {t('update.reload')}
          </button>
        </>
      )}
    </div>
  );
}
