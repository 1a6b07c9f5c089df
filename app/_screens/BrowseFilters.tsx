'use client';
import type { BrowseQuery, BrowseSort, BrowseState } from '../../lib/hooks/useBrowse';
import { useI18n } from '../../lib/i18n';
import type { CardKind, Localized } from '../../lib/model';

const STATES: BrowseState[] = ['new', 'learning', 'review', 'suspended', 'buried', 'leech'];
const SORTS: BrowseSort[] = ['order', 'due', 'interval', 'difficulty', 'lapses'];
const KINDS: CardKind[] = ['basic', 'cloze', 'command', 'component', 'object', 'manifest', 'procedure', 'diagnose'];

/** The browser's filters and sort (folded behind one button by the screen). */
export function BrowseFilters({
  id,
  query,
  decks,
  onChange,
}: {
  id: string;
  query: BrowseQuery;
  decks: { id: string; name: Localized<string> }[] | undefined;
  onChange: (patch: Partial<BrowseQuery>) => void;
}) {
  const { t, lang } = useI18n();
  const number = (value: string) => (value.trim() === '' ? undefined : Number(value));
  return (
    <div className="filters" id={id}>
      <label>
        {t('browse.deck')}
        <select value={query.deckId ?? ''} onChange={(e) => onChange({ deckId: e.target.value || undefined })}>
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
        <input className="text-input" value={query.topic ?? ''} onChange={(e) => onChange({ topic: e.target.value.trim() || undefined })} />
      </label>
      <label>
        {t('browse.tag')}
        <input className="text-input" value={query.tag ?? ''} onChange={(e) => onChange({ tag: e.target.value.trim() || undefined })} />
      </label>
      <label>
        {t('browse.kind')}
        <select value={query.kind ?? ''} onChange={(e) => onChange({ kind: e.target.value || undefined })}>
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
        <select value={query.state ?? ''} onChange={(e) => onChange({ state: (e.target.value || undefined) as BrowseState | undefined })}>
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
          onChange={(e) => onChange({ dueToDays: number(e.target.value) })}
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
            onChange({ retrievabilityBelow: value === undefined ? undefined : value / 100 });
          }}
        />
      </label>
      <label>
        {t('browse.sort')}
        <select value={query.sort ?? 'order'} onChange={(e) => onChange({ sort: e.target.value as BrowseSort })}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`browse.sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={query.descending === true}
          onChange={(e) => onChange({ descending: e.target.checked || undefined })}
        />
        {t('browse.descending')}
      </label>
    </div>
  );
}
