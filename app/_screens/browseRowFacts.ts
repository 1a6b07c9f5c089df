import type { BrowseRow, BrowseState } from '../../lib/hooks/useBrowse';
import { formatWhen, type Translate } from '../../lib/i18n';
import { CardState, type Lang } from '../../lib/model';
import { describeInterval } from '../../lib/srs';
import { cardAnswerSummary, cardSummary } from '../../lib/ui/browse/cardSummary';

const DAY = 86_400_000;

/** What the browser shows of one card: its text, state, due date and interval, in words. */
export interface RowFacts {
  question: string;
  answer: string;
  state: BrowseState;
  /** Empty for a new card (it has no due date): "due in 3 days", and for a table's Due column, "in 3 days". */
  due: string;
  dueWhen: string;
  interval: string;
  recall: string;
}

export function rowFacts({ card, schedule, retrievability }: BrowseRow, now: number, t: Translate, lang: Lang): RowFacts {
  const isNew = schedule.state === CardState.New;
  const state: BrowseState =
    schedule.suspended === 1
      ? 'suspended'
      : (schedule.buriedUntil ?? 0) > now
        ? 'buried'
        : isNew
          ? 'new'
          : schedule.state === CardState.Review
            ? 'review'
            : 'learning';
  // A learning step's interval is the time from the last answer to the due time (its scheduled days are 0).
  const intervalMs = schedule.scheduledDays > 0 ? schedule.scheduledDays * DAY : schedule.due - (schedule.lastReview ?? schedule.due);
  const { value, unit } = describeInterval(intervalMs);
  const when = isNew ? '' : schedule.due <= now ? '' : formatWhen(schedule.due, now, lang);
  return {
    question: cardSummary(card, lang),
    answer: cardAnswerSummary(card, lang),
    state,
    due: isNew ? '' : when ? t('browse.dueOn', { when }) : t('browse.dueNow'),
    dueWhen: isNew ? '' : when || t('browse.now'),
    interval: isNew ? '' : t(`interval.${unit}`, { n: value }),
    recall: retrievability === null ? '' : `${Math.round(retrievability * 100)}%`,
  };
}
