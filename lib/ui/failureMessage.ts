import type { Translate } from '../i18n/translate';
import type { WriteFailure } from '../model';

/** Why a write (other than an answer) was not kept, in words for the learner. */
export function failureMessage(t: Translate, failure: WriteFailure): string {
  switch (failure.kind) {
    case 'stale':
      return t('write.stale');
    case 'storage-full':
      return t('write.storageFull');
    case 'failed':
      return t('write.failed', { reason: failure.reason });
  }
}
