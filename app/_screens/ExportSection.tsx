'use client';
import { downloadSpreadsheet } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { AnkiExport } from './AnkiExport';

/** Exports of the whole collection, in settings: to Anki (every deck in one package) and to spreadsheets. */
export function ExportSection() {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="settings-export">
      <h2 id="settings-export">{t('export.title')}</h2>
      <AnkiExport deckIds="all" fileName="kubecards-all-decks" label={t('ankiExport.all')} />
      <p className="muted">{t('export.spreadsheetExplain')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void downloadSpreadsheet('schedule', lang)}>
          {t('export.scheduleCsv')}
        </button>
        <button type="button" className="button" onClick={() => void downloadSpreadsheet('log', lang)}>
          {t('export.reviewLogCsv')}
        </button>
      </div>
    </section>
  );
}
