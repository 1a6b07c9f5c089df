import { useState } from 'react';
import { useI18n } from '../i18n';

const DAY = 86_400_000;

/** "N answers are dated in the future (your device clock may have jumped)": reschedule their cards from today, or not. */
export function ClockJumpNotice({ jump, onReschedule }: { jump: { answers: number; jumpMs: number } | null; onReschedule(): void }) {
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
