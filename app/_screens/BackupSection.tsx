'use client';
import { useEffect, useRef, useState } from 'react';
import { downloadBackup, downloadReviewLog, restoreFromFile, useBackupStatus } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { restoreErrorText } from '../../lib/ui';

/** Backup, restore and the review-log export, in settings. */
export function BackupSection() {
  const { t, lang } = useI18n();
  const status = useBackupStatus(Date.now());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [restoring, setRestoring] = useState<{ written: number; total: number } | null>(null);
  const [preparing, setPreparing] = useState(false);
  const cancelRestore = useRef<AbortController | null>(null);

  // Leaving the page mid-restore would abort it (nothing is lost: it is all or nothing), so the browser asks first.
  useEffect(() => {
    if (!restoring) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [restoring]);

  // A failure is said by the shell's one notice (downloadBackup is a command); here, that the file is on its way.
  const download = async () => {
    if (preparing) return;
    setPreparing(true);
    await downloadBackup();
    setPreparing(false);
  };

  const restore = async (file: File) => {
    const question = status?.synced ? `${t('backup.restoreConfirm')}\n\n${t('backup.restoreSynced')}` : t('backup.restoreConfirm');
    if (!window.confirm(question)) return;
    setMessage(null);
    setRestoring({ written: 0, total: 0 });
    const cancel = new AbortController();
    cancelRestore.current = cancel;
    const result = await restoreFromFile(file, (written, total) => setRestoring({ written, total }), cancel.signal);
    cancelRestore.current = null;
    setRestoring(null);
    if ('cancelled' in result) setMessage({ text: t('backup.restoreCancelled'), error: false });
    else if ('error' in result) setMessage({ text: restoreErrorText(result.error, t), error: true });
    else setMessage({ text: t('backup.restored', { reviews: result.restored }), error: false });
  };

  return (
    <section aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p className="muted">{t('backup.explain')}</p>
      <p data-testid="last-backup">
        {status?.lastBackupAt ? t('backup.last', { when: new Date(status.lastBackupAt).toLocaleString(lang) }) : t('backup.never')}
      </p>
      {status?.synced && (
        <p className="muted" data-testid="restore-synced">
          {t('backup.restoreSynced')}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button primary" aria-disabled={preparing} onClick={() => void download()}>
          {t('backup.download')}
        </button>
        <label className="button" aria-disabled={restoring !== null}>
          {t('backup.restore')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            disabled={restoring !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
        <button type="button" className="button" onClick={() => void downloadReviewLog()}>
          {t('backup.reviewLog')}
        </button>
      </div>
      {preparing && <p role="status">{t('backup.preparing')}</p>}
      {restoring && (
        <div role="status">
          <p>
            {restoring.total === 0
              ? t('backup.reading')
              : t('backup.restoring', { percent: Math.floor((100 * restoring.written) / restoring.total) })}
          </p>
          <progress
            max={restoring.total || undefined}
            value={restoring.total ? restoring.written : undefined}
            aria-label={t('backup.restore')}
          />
          <button type="button" className="button" onClick={() => cancelRestore.current?.abort()}>
            {t('backup.cancelRestore')}
          </button>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice error' : 'notice'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
