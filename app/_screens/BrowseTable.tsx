'use client';
import Link from 'next/link';
import { useState } from 'react';
import type { BrowseQuery, BrowseRow, BrowseSort } from '../../lib/hooks/useBrowse';
import { useI18n } from '../../lib/i18n';
import type { Localized } from '../../lib/model';
import { CardView } from '../../lib/ui';
import { rowFacts } from './browseRowFacts';
import type { Selection } from './useSelection';

/** A column the table sorts by, and the sort it stands for. */
const SORTABLE: {
  sort: BrowseSort;
  label: 'browse.card' | 'browse.due' | 'browse.interval' | 'browse.sort.difficulty' | 'browse.sort.lapses';
}[] = [
  { sort: 'order', label: 'browse.card' },
  { sort: 'due', label: 'browse.due' },
  { sort: 'interval', label: 'browse.interval' },
  { sort: 'difficulty', label: 'browse.sort.difficulty' },
  { sort: 'lapses', label: 'browse.sort.lapses' },
];
/** The order each column sorts in first (the largest interval, difficulty and lapses come first). */
const FIRST_ORDER: Record<BrowseSort, 'ascending' | 'descending'> = {
  order: 'ascending',
  due: 'ascending',
  interval: 'descending',
  difficulty: 'descending',
  lapses: 'descending',
};

/** The laptop's table: sortable columns, and the chosen card rendered beside it. */
export function BrowseTable({
  rows,
  now,
  busy,
  query,
  deckNames,
  selection,
  onSort,
}: {
  rows: BrowseRow[];
  now: number;
  busy: boolean;
  query: BrowseQuery;
  deckNames: Map<string, Localized<string>>;
  selection: Selection;
  onSort: (patch: Pick<BrowseQuery, 'sort' | 'descending'>) => void;
}) {
  const { t, lang } = useI18n();
  const [previewKey, setPreviewKey] = useState<string | null>(null);
  const preview = rows.find((row) => row.card.key === previewKey) ?? null;
  const current = query.sort ?? 'order';

  const ariaSort = (sort: BrowseSort) => {
    if (sort !== current) return undefined;
    const flipped = query.descending === true;
    return FIRST_ORDER[sort] === 'ascending' ? (flipped ? 'descending' : 'ascending') : flipped ? 'ascending' : 'descending';
  };
  const header = (sort: BrowseSort, label: (typeof SORTABLE)[number]['label']) => (
    <th key={sort} scope="col" aria-sort={ariaSort(sort)}>
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          onSort(sort === current ? { sort, descending: query.descending ? undefined : true } : { sort, descending: undefined })
        }
      >
        {t(label)}
        <span aria-hidden="true">{sort === current ? (ariaSort(sort) === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <div className="browse-wide">
      <div className="browse-table-wrap">
        <table className="browse-table" aria-busy={busy}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('browse.selected')}</span>
              </th>
              {header('order', 'browse.card')}
              <th scope="col">{t('browse.deck')}</th>
              <th scope="col">{t('browse.state')}</th>
              {SORTABLE.slice(1).map(({ sort, label }) => header(sort, label))}
              <th scope="col">{t('browse.recallNow')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const facts = rowFacts(row, now, t, lang);
              const key = row.card.key;
              return (
                <tr key={key} className={key === previewKey ? 'previewed' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      checked={selection.has(key)}
                      onChange={() => selection.toggle(key)}
                      aria-label={t('browse.selectCard', { card: facts.question })}
                    />
                  </td>
                  <td>
                    <button type="button" className="row-preview" onClick={() => setPreviewKey(key)} dir="auto">
                      {facts.question}
                    </button>
                    <span className="muted small">{t(`kind.${row.card.kind}`)}</span>
                  </td>
                  <td>{deckNames.get(row.card.deckId)?.[lang] ?? ''}</td>
                  <td>{t(`browse.state.${facts.state}`)}</td>
                  <td>{facts.dueWhen}</td>
                  <td>{facts.interval}</td>
                  <td>{row.schedule.state === 0 ? '' : row.schedule.difficulty.toFixed(1)}</td>
                  <td>{row.schedule.lapses}</td>
                  <td>{facts.recall}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <aside className="browse-preview" aria-label={t('browse.preview')}>
        {preview ? (
          <>
            <h2 className="visually-hidden">{t('browse.previewOf', { card: rowFacts(preview, now, t, lang).question })}</h2>
            <CardView card={preview.card} revealed landmarks={false} />
            <p>
              <Link href={`/card?key=${encodeURIComponent(preview.card.key)}`}>{t('browse.openCard')}</Link>
            </p>
          </>
        ) : (
          <p className="muted">{t('browse.previewEmpty')}</p>
        )}
      </aside>
    </div>
  );
}
