'use client';
import Link from 'next/link';
import type { BrowseRow } from '../../lib/hooks/useBrowse';
import { useI18n } from '../../lib/i18n';
import { rowFacts } from './browseRowFacts';
import type { Selection } from './useSelection';

/** The phone's list: each card as its rendered question (two lines at most), then its kind, state, due date and interval. */
export function BrowseList({ rows, now, busy, selection }: { rows: BrowseRow[]; now: number; busy: boolean; selection: Selection }) {
  const { t, lang } = useI18n();
  return (
    <ul className="browse-list" aria-busy={busy}>
      {rows.map((row) => {
        const facts = rowFacts(row, now, t, lang);
        const meta = [
          t(`kind.${row.card.kind}`),
          t(`browse.state.${facts.state}`),
          facts.due,
          facts.interval && t('browse.intervalOf', { interval: facts.interval }),
        ];
        return (
          <li key={row.card.key}>
            <label className="browse-select">
              <input
                type="checkbox"
                checked={selection.has(row.card.key)}
                onChange={() => selection.toggle(row.card.key)}
                aria-label={t('browse.selectCard', { card: facts.question })}
              />
            </label>
            <Link href={`/card?key=${encodeURIComponent(row.card.key)}`}>
              <span className="browse-question" dir="auto">
                {facts.question}
              </span>
              <span className="muted small">{meta.filter(Boolean).join(' · ')}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
