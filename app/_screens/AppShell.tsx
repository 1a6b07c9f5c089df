'use client';
import Link from 'next/link';
import { lazy, type ReactNode, Suspense, useEffect, useSyncExternalStore } from 'react';
import { databaseProblem, readStoredMedia, subscribeDatabaseProblem, useClockJump, useUpdateState, useWriteFailure } from '../../lib/hooks';
import { firstScreenDrawn } from '../../lib/hooks/firstScreen';
import { startSyncIfSetUp } from '../../lib/hooks/sync/syncStart';
import { I18nProvider, useI18n } from '../../lib/i18n';
import { acceptUpdate, listenForInstallPrompt, registerServiceWorker } from '../../lib/pwa';
import { DatabaseProblemBanner, MediaContext, UpdateBanner } from '../../lib/ui';

// Rare notices load when there is something to say (a refused write, a clock that jumped), not with every page.
const WriteFailureNotice = lazy(() => import('../../lib/ui/WriteFailureNotice').then((m) => ({ default: m.WriteFailureNotice })));
const ClockJumpNotice = lazy(() => import('../../lib/ui/ClockJumpNotice').then((m) => ({ default: m.ClockJumpNotice })));

const NAV = [
  ['/', 'nav.home'],
  ['/notes', 'nav.notes'],
  ['/browse', 'nav.browse'],
  ['/stats', 'nav.stats'],
  ['/settings', 'nav.settings'],
] as const;

function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const update = useUpdateState();
  const dbProblem = useSyncExternalStore(subscribeDatabaseProblem, databaseProblem, () => null);
  const refused = useWriteFailure();
  const clock = useClockJump();
  useEffect(() => {
    listenForInstallPrompt();
    // A first visit's precache waits for the first screen's content (see firstScreen.ts).
    void firstScreenDrawn().then(registerServiceWorker);
    startSyncIfSetUp();
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand" aria-label={t('app.name')} prefetch={false}>
          {/* biome-ignore lint/performance/noImgElement: a static icon in a static export (no image optimizer) */}
          <img src="/icons/icon.svg" alt="" width={32} height={32} />
        </Link>
        {/* No prefetch: the service worker precaches every screen, and on a first visit the prefetches would share a
            slow network with the deck the first card needs. */}
        <nav aria-label={t('app.name')}>
          {NAV.map(([href, label]) => (
            <Link key={href} href={href} prefetch={false}>
              {t(label)}
            </Link>
          ))}
        </nav>
      </header>
      <UpdateBanner available={update.available} accepted={update.accepted} onAccept={acceptUpdate} />
      {dbProblem && <DatabaseProblemBanner problem={dbProblem} />}
      <Suspense>
        {refused.failure && <WriteFailureNotice failure={refused.failure} onDismiss={refused.dismiss} />}
        {clock.jump && <ClockJumpNotice jump={clock.jump} onReschedule={() => void clock.reschedule()} />}
      </Suspense>
      <main id="main">{children}</main>
    </>
  );
}

/** Language, service worker and the page frame shared by every route. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <MediaContext.Provider value={readStoredMedia}>
        <Shell>{children}</Shell>
      </MediaContext.Provider>
    </I18nProvider>
  );
}
