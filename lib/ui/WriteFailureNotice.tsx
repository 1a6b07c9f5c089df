import { type Translate, useI18n } from '../i18n';
import { enNotices } from '../i18n/enNotices';
import { withExtraStrings } from '../i18n/WithExtraStrings';

/** A refused write as the hooks report it (the shape of lib/db's WriteFailure). */
export type RefusedWrite = { kind: 'stale' | 'storage-full' | 'newer-version' | 'replaced' } | { kind: 'failed'; reason: string };

const WORDS = {
  'storage-full': 'write.storageFull',
  'newer-version': 'db.updatedElsewhere',
  stale: 'review.stale',
  replaced: 'undo.replaced',
} as const;

/** Why a write was refused, in words. */
export const writeFailureText = (failure: RefusedWrite, t: Translate) =>
  failure.kind === 'failed' ? t('write.failed', { reason: failure.reason }) : t(WORDS[failure.kind]);

/** The shell's one notice for a write that was refused, in words, with a way to dismiss it. */
function WriteFailureNoticeView({ failure, onDismiss }: { failure: RefusedWrite | null; onDismiss(): void }) {
  const { t } = useI18n();
  if (!failure) return null;
  return (
    <div className="notice error" role="alert">
      <span>{writeFailureText(failure, t)}</span>{' '}
      <button type="button" className="button ghost" onClick={onDismiss}>
        {t('write.dismiss')}
      </button>
    </div>
  );
}

/** This notice's part of the English catalog travels with it (a module constant: the same array every render). */
const STRINGS = [enNotices];
export const WriteFailureNotice = withExtraStrings(STRINGS, WriteFailureNoticeView);
