'use client';
import { lazy, Suspense, useState } from 'react';
import { type ThemeChoice, useInstall, useStorageStatus, useTheme } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { requestPersistence } from '../../lib/pwa';
import { LanguageSwitch, useHydrationGate } from '../../lib/ui';
import { BackupSection } from './BackupSection';
import { ExportSection } from './ExportSection';
import { StudySettingsSection } from './StudySettingsSection';

// Sections that load after the screen's first paint, each with its own code: the settings page stays within its
// size budget. Presets and reminders; this device's review settings; the optimizer; sync, with its client code.
const DeckPresetsSection = lazy(() => import('./DeckPresetsSection').then((m) => ({ default: m.DeckPresetsSection })));
const RemindersSection = lazy(() => import('./RemindersSection').then((m) => ({ default: m.RemindersSection })));
const ReviewPrefsSection = lazy(() => import('./ReviewPrefsSection').then((m) => ({ default: m.ReviewPrefsSection })));
const OptimizerSection = lazy(() => import('./OptimizerSection').then((m) => ({ default: m.OptimizerSection })));
const SyncSection = lazy(() => import('./SyncSection').then((m) => ({ default: m.SyncSection })));

const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

function formatBytes(bytes: number, lang: string): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1024)
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(megabytes / 1024);
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
}

export function SettingsScreen() {
  const { t, lang } = useI18n();
  const [theme, setTheme] = useTheme();
  const [storage, refreshStorage] = useStorageStatus();
  const [denied, setDenied] = useState(false);
  const install = useInstall();
  const gate = useHydrationGate();

  const persist = async () => {
    setDenied(!(await requestPersistence()));
    refreshStorage();
  };

  return (
    <div className="settings" {...gate}>
      <h1>{t('settings.title')}</h1>

      <section aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language')}</h2>
        <LanguageSwitch />
      </section>

      <section aria-labelledby="settings-theme">
        <h2 id="settings-theme">{t('settings.theme')}</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('settings.theme')}</legend>
          {THEMES.map((choice) => (
            <label key={choice}>
              <input type="radio" name="theme" value={choice} checked={theme === choice} onChange={() => setTheme(choice)} />
              <span>{t(`settings.theme.${choice}`)}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('settings.storage')}</h2>
        {storage && !storage.supported && <p>{t('settings.storage.unsupported')}</p>}
        {storage?.supported && (
          <>
            <p data-testid="storage-persisted" data-persisted={storage.persisted}>
              {storage.persisted ? t('settings.storage.persisted') : t('settings.storage.notPersisted')}
            </p>
            {storage.usageBytes !== null && storage.quotaBytes !== null && (
              <p className="muted">
                {t('settings.storage.usage', { used: formatBytes(storage.usageBytes, lang), quota: formatBytes(storage.quotaBytes, lang) })}
              </p>
            )}
            {!storage.persisted && (
              <button type="button" className="button" onClick={persist}>
                {t('settings.storage.persist')}
              </button>
            )}
            {denied && !storage.persisted && <p className="muted">{t('settings.storage.denied')}</p>}
          </>
        )}
      </section>

      <Suspense>
        <ReviewPrefsSection />
      </Suspense>

      <StudySettingsSection />
      <Suspense>
        <DeckPresetsSection />
        <RemindersSection />
      </Suspense>

      <Suspense fallback={null}>
        <OptimizerSection />
        <SyncSection />
      </Suspense>
      <BackupSection />
      <ExportSection />

      <section aria-labelledby="settings-install">
        <h2 id="settings-install">{t('settings.install')}</h2>
        {install.available ? (
          <button type="button" className="button primary" onClick={() => void install.install()}>
            {t('settings.install.button')}
          </button>
        ) : (
          <p>{install.iosHint ? t('settings.install.ios') : t('settings.install.unavailable')}</p>
        )}
      </section>

      <section aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        <p className="muted">{t('settings.version', { version: process.env.NEXT_PUBLIC_APP_VERSION ?? '' })}</p>
      </section>
    </div>
  );
}
