'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCardDetail, useStudySettings } from '../../lib/hooks';
import { formatWhen, useI18n } from '../../lib/i18n';
import { BUILTIN_DECK_ID, CardState, decayOf, topicSlug } from '../../lib/model';
import { describeInterval } from '../../lib/srs';
import { retrievabilityNow } from '../../lib/stats';
import { CardView } from '../../lib/ui';
import { CardActions } from './CardActions';
import { NoteConflictNotice } from './NoteConflictNotice';

const DAY = 86_400_000;

/** One card: rendered, its note, its FSRS memory, every review, and the actions. */
export function CardScreen() {
  const { t, lang } = useI18n();
  const settings = useStudySettings();
  const key = useSearchParams().get('key') ?? '';
  const data = useCardDetail(key);
  if (!data) return null;
  const { card, schedule, history } = data;
  if (!card || !schedule) return <p>{t('card.notFound')}</p>;
  const now = Date.now();
  const r = retrievabilityNow(schedule, now, decayOf(settings.parameters));
  const interval = (ms: number) => {
    const { value, unit } = describeInterval(ms);
    return t(`interval.${unit}`, { n: value });
  };
  const when = (ms: number) => new Date(ms).toLocaleString(lang);

  return (
    <div className="card-screen">
      <h1>{t('card.title')}</h1>
      <CardView card={card} revealed landmarks={false} />
      {card.deckId === BUILTIN_DECK_ID && (
        <p>
          <Link href={`/notes/${topicSlug(card.topic)}#${card.noteId}`}>{t('card.openNote')}</Link>
        </p>
      )}
      {card.deckId !== BUILTIN_DECK_ID && <NoteConflictNotice noteId={card.noteId} cardKey={card.key} />}
      <h2>{t('card.memory')}</h2>
      <dl className="tiles" data-testid="card-memory">
        <div>
          <dt>{t('card.stability')}</dt>
          <dd>{schedule.state === CardState.New ? '—' : interval(schedule.stability * DAY)}</dd>
        </div>
        <div>
          <dt>{t('card.difficulty')}</dt>
          <dd>{schedule.state === CardState.New ? '—' : schedule.difficulty.toFixed(1)}</dd>
        </div>
        <div>
          <dt>{t('card.recallNow')}</dt>
          <dd>{r === null ? '—' : `${Math.round(r * 100)}%`}</dd>
        </div>
        <div>
          <dt>{t('card.due')}</dt>
          <dd>
            {schedule.state === CardState.New ? (
              t('counts.new')
            ) : (
              // Relative ("in 3 days") reads at a glance on a phone; the exact time is one hover or long-press away.
              <time dateTime={new Date(schedule.due).toISOString()} title={when(schedule.due)}>
                {schedule.due <= now ? t('card.dueNow') : formatWhen(schedule.due, now, lang)}
              </time>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('card.lapses')}</dt>
          <dd>{schedule.lapses}</dd>
        </div>
      </dl>
      <CardActions schedule={schedule} />
      <h2>{t('card.history')}</h2>
      {history.length === 0 ? (
        <p>{t('card.noHistory')}</p>
      ) : (
        <table className="mastery" data-testid="card-history">
          <thead>
            <tr>
              <th scope="col">{t('card.date')}</th>
              <th scope="col">{t('card.rating')}</th>
              <th scope="col">{t('card.interval')}</th>
              <th scope="col">{t('card.timeTaken')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((log, i) => {
              const next = history[i + 1]?.before ?? (i === history.length - 1 ? schedule : null);
              return (
                <tr key={log.id}>
                  <td>{when(log.review)}</td>
                  <td>
                    {(log.kind ?? 'review') === 'review'
                      ? t(`rating.${log.rating}`)
                      : t(log.kind === 'forget' ? 'action.forget' : 'action.reschedule')}
                  </td>
                  {/* The time until the due this answer set: a learning step's minutes too (scheduledDays is 0 there). */}
                  <td>{next ? interval(next.due - log.review) : '—'}</td>
                  <td>{t('card.seconds', { n: Math.round(log.durationMs / 1000) })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
