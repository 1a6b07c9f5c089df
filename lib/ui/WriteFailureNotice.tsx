import { useI18n } from '../i18n';

/** A refused write as the hooks report it (the shape of lib/db's WriteFailure). */
export type RefusedWrite = { kind: 'stale' | 'storage-full' | 'newer-version' } | { kind: 'failed'; reason: string };

/** The shell's one notice for a write that was refused, in words, with a way to dismiss it. */
export function WriteFailureNotice({ failure, onDismiss }: { failure: RefusedWrite | null; onDismiss(): void }) {
  const { t } = useI18n();
  if (!failure) return null;
  const text =
    failure.kind === 'failed'
      ? t('write.failed', { reason: failure.reason })
      : t(({ 'storage-full': 'write.storageFull', 'newer-version': 'db.updatedElsewhere', stale: 'review.stale' } as const)[failure.kind]);
  return (
    <div className="notice error" role="alert">
      <span>{text}</span>{' '}
      <button type="button" className="button ghost" onClick={onDismiss}>
        {t('write.dismiss')}
      </button>
    </div>
  );
}
