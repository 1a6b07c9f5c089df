import { formatWhen, useI18n } from '../i18n';
import type { CardSchedule } from '../model';
import { CardState } from '../model';
import { describeInterval } from '../srs';

/** New / learning / due in … with its interval — what the learner knows of this card so far. */
export function CardStateBadge({ state, now }: { state: CardSchedule | undefined; now: number }) {
  const { t, lang } = useI18n();
  if (!state) return <span className="badge">{t('notes.state.unknown')}</span>;
  if (state.state === CardState.New) return <span className="badge badge-new">{t('counts.new')}</span>;
  const { value, unit } = describeInterval(state.scheduledDays * 86_400_000);
  const interval = t(`interval.${unit}`, { n: value });
  const due = state.due <= now ? t('notes.state.dueNow') : t('notes.state.due', { when: formatWhen(state.due, now, lang) });
  const kind = state.state === CardState.Review ? 'badge-review' : 'badge-learning';
  return <span className={`badge ${kind}`}>{state.state === CardState.Review ? t('notes.state.interval', { due, interval }) : due}</span>;
}
