'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { BACKUP_REMINDER_DAYS, downloadBackup, useBackupStatus, useDeckOverview } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { DeckList, LanguageSwitch } from '../../lib/ui';
import { DeckSyncNotice } from './DeckSyncNotice';

export function HomeScreen() {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const decks = useDeckOverview(now);
  const backup = useBackupStatus(now);
  return (
    <>
      <DeckSyncNotice />
      {backup?.remind && (
        <div className="reminder" role="status">
          <span>{t('backup.reminder', { days: BACKUP_REMINDER_DAYS })}</span>
          <button type="button" className="button" onClick={() => void downloadBackup()}>
            {t('backup.download')}
          </button>
        </div>
      )}
      <h1>{t('home.title')}</h1>
      <div className="home-intro">
        <p className="muted">{t('app.tagline')}</p>
        <LanguageSwitch />
      </div>
      {decks === undefined ? (
        <p>{t('home.loading')}</p>
      ) : (
        <DeckList
          decks={decks}
          reviewHref={(id) => `/review?deck=${encodeURIComponent(id)}`}
          manageHref={(id) => `/deck?id=${encodeURIComponent(id)}`}
        />
      )}
      <p>
        <Link className="button" href="/import" prefetch={false}>
          {t('home.import')}
        </Link>
      </p>
    </>
  );
}
