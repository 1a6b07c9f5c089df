'use client';
import Link from 'next/link';
import { lazy, Suspense, useEffect, useState } from 'react';
import {
  BACKUP_REMINDER_DAYS,
  downloadBackup,
  startAppBadge,
  useBackupStatus,
  useDeckOverview,
  useDeckSync,
  useDeckWriting,
} from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { DeckList, LanguageSwitch } from '../../lib/ui';
import { DeckSyncNotice } from './DeckSyncNotice';
import { addHref } from './editLinks';
import { useAddKey } from './useAddKey';

// Only a first visit (or a deck update) shows it: it loads then, with its string.
const DeckSettingUp = lazy(() => import('./DeckSettingUp').then((m) => ({ default: m.DeckSettingUp })));
// Decks changed on two devices at once are rare: the notice and its reader load after the first paint.
const DeckConflicts = lazy(() => import('./DeckConflictNotice').then((m) => ({ default: m.DeckConflicts })));

export function HomeScreen() {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  // The app opens here: the icon's badge starts following the cards due.
  useEffect(startAppBadge, []);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const decks = useDeckOverview(now);
  const backup = useBackupStatus(now);
  useAddKey(addHref());
  const sync = useDeckSync();
  const writing = useDeckWriting();
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
      {/* One deck's height is kept from the first paint on: the list arriving does not push the buttons down. */}
      <div className="home-decks">
        {/* An empty list is only true once the built-in deck is known to be stored (a first visit is still writing it). */}
        {decks === undefined || (decks.length === 0 && sync.phase === 'syncing') ? (
          <p>{t('home.loading')}</p>
        ) : (
          <DeckList
            decks={decks}
            reviewHref={(id) => `/review?deck=${encodeURIComponent(id)}`}
            manageHref={(id) => `/deck?id=${encodeURIComponent(id)}`}
          />
        )}
      </div>
      <p className="button-row">
        <Link className="button" href={addHref()} prefetch={false} aria-keyshortcuts="A">
          {t('home.addNote')}
        </Link>
        <Link className="button" href="/import" prefetch={false}>
          {t('home.import')}
        </Link>
      </p>
      {/* Below the list and its buttons: arriving after the first paint, it moves nothing above it. */}
      <Suspense>
        <DeckConflicts />
      </Suspense>
      {/* Last on the page: coming and going, it moves nothing above it. */}
      {writing && (
        <Suspense>
          <DeckSettingUp />
        </Suspense>
      )}
    </>
  );
}
