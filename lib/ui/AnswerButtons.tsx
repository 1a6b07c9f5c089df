import { useI18n } from '../i18n';
import { type MemoryState, RATINGS, type Rating } from '../model';
import { describeInterval } from '../srs';

interface Props {
  preview: Record<Rating, MemoryState>;
  now: number;
  suggested: Rating | null;
  onAnswer(rating: Rating): void;
}

/** Again / Hard / Good / Easy with the interval each would give; keys 1–4. */
export function AnswerButtons({ preview, now, suggested, onAnswer }: Props) {
  const { t } = useI18n();
  return (
    <div className="answer-buttons">
      {RATINGS.map((rating) => {
        const { value, unit } = describeInterval(preview[rating].due - now);
        const interval = t(`interval.${unit}`, { n: value });
        const name = t(`rating.${rating}`);
        return (
          <button
            key={rating}
            type="button"
            className={`rate rate-${rating}${suggested === rating ? ' suggested' : ''}`}
            aria-keyshortcuts={String(rating)}
            onClick={() => onAnswer(rating)}
          >
            <span className="rate-name">{name}</span>
            <span className="visually-hidden">, {t('rating.nextIn')} </span>
            <span className="rate-interval">{interval}</span>
            {suggested === rating && <span className="rate-suggested">{t('review.suggested')}</span>}
          </button>
        );
      })}
    </div>
  );
}
