'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useDeckSync } from '../../lib/hooks';
import { I18nProvider, useI18n } from '../../lib/i18n';
import { LanguageSwitch } from '../../lib/ui';

function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const sync = useDeckSync();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.name')}>
          <Link href="/">{t('nav.home')}</Link>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" data-sync={sync.phase}>
        {sync.phase === 'failed' && (
          <p role="alert" className="notice error">
            {t('deck.syncError', { reason: sync.reason })}
          </p>
        )}
        {children}
      </main>
    </>
  );
}

/** Language, deck update and the page frame shared by every route. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <Shell>{children}</Shell>
    </I18nProvider>
  );
}
