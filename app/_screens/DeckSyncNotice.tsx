'use client';
import { useDeckSync } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';

/** Brings the built-in deck up to date on the screens that show cards, and says so if it cannot. */
export function DeckSyncNotice() {
  const { t } = useI18n();
  const sync = useDeckSync();
  return (
    <div data-sync={sync.phase}>
      {sync.phase === 'failed' && (
        <p role="alert" className="notice error">
          {sync.full ? t('deck.noRoom') : t('deck.syncError', { reason: sync.reason })}
        </p>
      )}
    </div>
  );
}
