'use client';
import { useState } from 'react';
import { downloadAnkiPackage } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';

/** The Anki package export of one deck or of all decks, with or without the scheduling and review history. */
export function AnkiExport({ deckIds, fileName, label }: { deckIds: readonly string[] | 'all'; fileName: string; label: string }) {
  const { t, lang } = useI18n();
  const [withHistory, setWithHistory] = useState(true);
  const [status, setStatus] = useState<{ working: true } | { error: string } | null>(null);
  const run = async () => {
    setStatus({ working: true });
    const result = await downloadAnkiPackage(deckIds, fileName, lang, withHistory);
    setStatus(result.ok ? null : { error: result.detail });
  };
  return (
    <div className="anki-export">
      <label>
        <input type="checkbox" checked={withHistory} onChange={(e) => setWithHistory(e.target.checked)} /> {t('ankiExport.withHistory')}
      </label>
      <div className="button-row">
        <button type="button" className="button" disabled={status !== null && 'working' in status} onClick={() => void run()}>
          {label}
        </button>
      </div>
      <p role={status && 'error' in status ? 'alert' : 'status'} className={status && 'error' in status ? 'notice error' : undefined}>
        {status === null ? '' : 'working' in status ? t('ankiExport.working') : t('ankiExport.failed', { detail: status.error })}
      </p>
    </div>
  );
}
