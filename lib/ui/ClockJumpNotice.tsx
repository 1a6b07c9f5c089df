import { useState } from 'react';
import { useI18n } from '../i18n';
import { enNotices } from '../i18n/enNotices';
import { withExtraStrings } from '../i18n/WithExtraStrings';

const DAY = 86_400_000;

/** "N answers are dated in the future (your device clock may have jumped)": reschedule their cards from today, or not. */
function ClockJumpNoticeView({ jump, onReschedule }: { jump: { answers: number; jumpMs: number } | null; onReschedule(): void }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (!jump || dismissed) return null;
  return (
    <div className="notice" role="alert">
      <p>{t('clock.future', { n: jump.answers, days: Math.round(jump.jumpMs / DAY) })}</p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={onReschedule}>
          {t('clock.reschedule')}
        </button>
        <button type="button" className="button ghost" onClick={() => setDismissed(true)}>
          {t('clock.leave')}
        </button>
      </div>
    </div>
  );
}

/** This notice's part of the English catalog travels with it (a module constant: the same array every render). */
const STRINGS = [enNotices];
export const ClockJumpNotice = withExtraStrings(STRINGS, ClockJumpNoticeView);
