'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useStats } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { type ChapterInfo, isExamDomain } from '../../lib/model';
import { dayKeys, rate, reviewsPerDay, streak, sumDays } from '../../lib/stats';
import { BarChart, Heatmap } from '../../lib/ui';

const PERIODS = [30, 90, 365] as const;
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** Today, the history, the forecast, and where in Kubernetes the learner is weak. Works offline like every screen. */
export function StatsScreen({ chapters = [] }: { chapters?: ChapterInfo[] }) {
  const { t, lang } = useI18n();
  const [now] = useState(() => Date.now());
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>(30);
  const stats = useStats(now);
  if (!stats) return <p>{t('stats.loading')}</p>;

  const { day, daily } = stats;
  const todayTotals = sumDays(daily.filter((r) => r.day === day.key));
  const since30 = dayKeys(day.key, 30)[0];
  const last30 = sumDays(daily.filter((r) => r.day >= since30));
  const perDay = reviewsPerDay(daily, day.key, period);
  const year = reviewsPerDay(daily, day.key, 365);
  const todayRetention = rate(todayTotals.youngPass + todayTotals.maturePass, todayTotals.youngTotal + todayTotals.matureTotal);
  const groupName = (group: string) => {
    if (group.startsWith('area-')) return t(`stats.area.${group.slice(5)}` as 'stats.area.api');
    if (group.startsWith('chapter-')) {
      const n = Number(group.slice(8));
      const title = chapters.find((c) => c.chapter === n)?.title[lang];
      // A no-break space keeps "Chapter 3" on one line on a phone (it wrapped as "Chapter / 3").
      const chapter = t('notes.chapter', { n }).replace(/ /g, '\u00a0');
      return title ? `${chapter} · ${title}` : chapter;
    }
    if (group.startsWith('kind-')) return t(`kind.${group.slice(5)}` as 'kind.basic');
    if (isExamDomain(group)) return t(`domain.${group}`);
    return group;
  };

  return (
    <div className="stats">
      <h1>{t('stats.title')}</h1>

      <section aria-labelledby="stats-today">
        <h2 id="stats-today">{t('stats.today')}</h2>
        <dl className="tiles">
          <div>
            <dt>{t('stats.reviewed')}</dt>
            <dd data-testid="stats-reviewed">{todayTotals.reviews}</dd>
          </div>
          <div>
            <dt>{t('stats.learned')}</dt>
            <dd data-testid="stats-learned">{todayTotals.learned}</dd>
          </div>
          <div>
            <dt>{t('stats.time')}</dt>
            <dd>{t('stats.minutes', { n: Math.round(todayTotals.timeMs / 60_000) })}</dd>
          </div>
          <div>
            <dt>{t('stats.retentionToday')}</dt>
            <dd>{percent(todayRetention)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="stats-per-day">
        <h2 id="stats-per-day">{t('stats.reviewsPerDay')}</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('stats.period')}</legend>
          {PERIODS.map((p) => (
            <label key={p}>
              <input type="radio" name="period" checked={period === p} onChange={() => setPeriod(p)} />
              <span>{t('stats.days', { n: p })}</span>
            </label>
          ))}
        </fieldset>
        <BarChart
          title={t('stats.reviewsPerDay')}
          empty={t('stats.noData')}
          tableLabel={t('stats.asTable')}
          values={perDay.map((d) => d.reviews)}
          labels={perDay.map((d) => d.day)}
          highlight={perDay.length - 1}
        />
      </section>

      <section aria-labelledby="stats-calendar">
        <h2 id="stats-calendar">{t('stats.calendar')}</h2>
        <p data-testid="stats-streak">{t('stats.streak', { n: streak(daily, day.key) })}</p>
        <Heatmap
          days={year}
          label={t('stats.calendarLabel', {
            reviews: year.reduce((a, d) => a + d.reviews, 0),
            days: year.filter((d) => d.reviews > 0).length,
          })}
        />
      </section>

      <section aria-labelledby="stats-forecast">
        <h2 id="stats-forecast">{t('stats.forecast')}</h2>
        <BarChart
          title={t('stats.forecast')}
          empty={t('stats.noData')}
          tableLabel={t('stats.asTable')}
          values={stats.forecast}
          labels={stats.forecast.map((_, i) => `+${i}`)}
        />
      </section>

      <section aria-labelledby="stats-retention">
        <h2 id="stats-retention">{t('stats.retention')}</h2>
        <dl className="tiles">
          <div>
            <dt>{t('stats.young')}</dt>
            <dd>{percent(rate(last30.youngPass, last30.youngTotal))}</dd>
          </div>
          <div>
            <dt>{t('stats.mature')}</dt>
            <dd>{percent(rate(last30.maturePass, last30.matureTotal))}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="stats-counts">
        <h2 id="stats-counts">{t('stats.counts')}</h2>
        <dl className="tiles" data-testid="stats-counts">
          {(
            [
              ['counts.new', stats.counts.new],
              ['counts.learning', stats.counts.learning],
              ['counts.review', stats.counts.review],
              ['stats.suspended', stats.counts.suspended],
              ['stats.buried', stats.counts.buried],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="stats-retrievability">
        <h2 id="stats-retrievability">{t('stats.retrievability')}</h2>
        <BarChart
          title={t('stats.retrievability')}
          empty={t('stats.noData')}
          tableLabel={t('stats.asTable')}
          values={stats.retrievability}
          labels={stats.retrievability.map((_, i) => `${i * 10}–${i * 10 + 10}%`)}
        />
        {stats.retrievabilitySample < stats.counts.review && (
          <p className="muted small">
            {t('stats.retrievabilitySample', { sample: stats.retrievabilitySample, total: stats.counts.review })}
          </p>
        )}
      </section>

      <section aria-labelledby="stats-buttons">
        <h2 id="stats-buttons">{t('stats.buttons')}</h2>
        <dl className="tiles" data-testid="stats-buttons">
          {last30.buttons.map((count, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the four buttons, in order
            <div key={i}>
              <dt>{t(`rating.${(i + 1) as 1 | 2 | 3 | 4}`)}</dt>
              <dd>{count}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="stats-mastery">
        <h2 id="stats-mastery">{t('stats.mastery')}</h2>
        <p className="muted">{t('stats.masteryHint')}</p>
        <p className="muted small">{t('stats.learnedMeans')}</p>
        {(
          [
            ['stats.byArea', stats.mastery.area],
            ['stats.byChapter', stats.mastery.chapter],
            ['stats.byDomain', stats.mastery.domain],
            ['stats.byKind', stats.mastery.kind],
          ] as const
        ).map(([title, rows]) => (
          <table key={title} className="mastery">
            <caption>{t(title)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.group')}</th>
                <th scope="col">{t('stats.learnedShare')}</th>
                <th scope="col">{t('stats.recall')}</th>
              </tr>
            </thead>
            <tbody>
              {[...rows]
                .sort((a, b) => a.group.localeCompare(b.group, undefined, { numeric: true }))
                .map((row) => (
                  <tr key={row.group}>
                    <th scope="row">
                      {groupName(row.group)}
                      {isExamDomain(row.group) && (
                        <>
                          {' '}
                          <Link
                            className="small"
                            href={`/review?domain=${row.group}`}
                            aria-label={t('stats.studyDomainLabel', { domain: groupName(row.group) })}
                          >
                            {t('stats.studyDomain')}
                          </Link>
                        </>
                      )}
                    </th>
                    <td>
                      <meter
                        min={0}
                        max={1}
                        value={row.learnedShare}
                        aria-label={`${groupName(row.group)}: ${percent(row.learnedShare)}`}
                      />{' '}
                      {percent(row.learnedShare)}
                      <span className="muted small">
                        {' '}
                        ({row.learned}/{row.total})
                      </span>
                    </td>
                    <td>{percent(row.averageRetrievability)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
      </section>
    </div>
  );
}
