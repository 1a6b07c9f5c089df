'use client';
import { useI18n } from '../../lib/i18n';
import { enNotices } from '../../lib/i18n/enNotices';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';

/** A first visit (or a deck update) is writing the built-in deck: progress, instead of an empty or partial list. */
function DeckSettingUpView() {
  const { t } = useI18n();
  return (
    <p className="setting-up" role="status">
      <progress aria-label={t('home.settingUp')} />
      <span>{t('home.settingUp')}</span>
    </p>
  );
}

/** This notice's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enNotices];
export const DeckSettingUp = withExtraStrings(STRINGS, DeckSettingUpView);
