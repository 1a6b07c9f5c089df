'use client';
import Link from 'next/link';
import { useDeferredValue, useMemo, useState } from 'react';
import { type BrowseQuery, type BrowseSort, type BrowseState, useBrowse, useDecks, useStudySettings } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { type CardKind, decayOf } from '../../lib/model';
import { plainText } from '../../lib/srs';

const STATES: BrowseState[] = ['new', 'learning', 'review', 'suspended', 'buried', 'leech'];
const SORTS: BrowseSort[] = ['order', 'due', 'interval', 'difficulty', 'lapses'];
const KINDS: CardKind[] = ['basic', 'cloze', 'command', 'component', 'object', 'manifest', 'procedure', 'diagnose'];

/** Search every card by text (both languages), deck, topic, tag, kind, state, due date and recall; sort; open one. */
export function BrowseScreen() {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState<BrowseQuery>({ sort: 'order' });
  const deferred = useDeferredValue(query);
  const decks = useDecks();
  const decay = decayOf(useStudySettings().parameters);
  const result = useBrowse(
    useMemo(() => ({ ...deferred, limit: 100 }), [deferred]),
    decay,
  );
  // The rows shown belong to an earlier query until this one is answered (a query over every card of a large
  // collection takes most of a second): say so instead of presenting them as the answer.
  const searching = result === undefined || result.queryKey !== JSON.stringify({ ...query, limit: 100 });
  const set = (patch: Partial<BrowseQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const number = (value: string) => (value.trim() === '' ? undefined : Number(value));

  const front = (row: NonNullable<typeof result>['rows'][number]) => {
    const c = row.card;
    const content = c.content[lang] as Record<string, string | undefined>;
    const text =
      c.kind === 'component' ? c.name : c.kind === 'object' ? c.objectKind : (content.front ?? content.text ?? content.task ?? '');
    return plainText(text)
      .replace(/\{\{c\d+::(.*?)(::.*?)?\}\}/g, '[$1]')
      .slice(0, 120);
  };

  return (
    <div className="browse">
      <h1>{t('browse.title')}</h1>
      <div className="filters">
        <label>
          {t('browse.search')}
          <input className="text-input" type="search" value={query.text ?? ''} onChange={(e) => set({ text: e.target.value })} />
        </label>
        <label>
          {t('browse.deck')}
          <select value={query.deckId ?? ''} onChange={(e) => set({ deckId: e.target.value || undefined })}>
            <option value="">{t('browse.allDecks')}</option>
            {decks?.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('browse.topic')}
          <input className="text-input" value={query.topic ?? ''} onChange={(e) => set({ topic: e.target.value.trim() || undefined })} />
        </label>
        <label>
          {t('browse.tag')}
          <input className="text-input" value={query.tag ?? ''} onChange={(e) => set({ tag: e.target.value.trim() || undefined })} />
        </label>
        <label>
          {t('browse.kind')}
          <select value={query.kind ?? ''} onChange={(e) => set({ kind: e.target.value || undefined })}>
            <option value="">{t('browse.any')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('browse.state')}
          <select value={query.state ?? ''} onChange={(e) => set({ state: (e.target.value || undefined) as BrowseState | undefined })}>
            <option value="">{t('browse.any')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`browse.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('browse.dueWithin')}
          <input
            className="text-input"
            type="number"
            min={0}
            inputMode="numeric"
            value={query.dueToDays ?? ''}
            onChange={(e) => set({ dueToDays: number(e.target.value) })}
          />
        </label>
        <label>
          {t('browse.recallBelow')}
          <input
            className="text-input"
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            value={query.retrievabilityBelow === undefined ? '' : Math.round(query.retrievabilityBelow * 100)}
            onChange={(e) => {
              const value = number(e.target.value);
              set({ retrievabilityBelow: value === undefined ? undefined : value / 100 });
            }}
          />
        </label>
        <label>
          {t('browse.sort')}
          <select value={query.sort} onChange={(e) => set({ sort: e.target.value as BrowseSort })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`browse.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" data-testid="browse-count">
        {searching || !result ? t('browse.searching') : t('browse.results', { shown: result.rows.length, total: result.total })}
      </p>
      <ul className="browse-list" aria-busy={searching}>
        {result?.rows.map((row) => (
          <li key={row.card.key}>
            <Link href={`/card?key=${encodeURIComponent(row.card.key)}`}>
              <span>{front(row)}</span>
              <span className="muted small">
                {t(`kind.${row.card.kind}`)} · {row.card.id}
                {row.retrievability === null ? '' : ` · ${Math.round(row.retrievability * 100)}%`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
