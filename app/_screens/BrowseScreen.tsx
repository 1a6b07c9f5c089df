'use client';
import { useSearchParams } from 'next/navigation';
import { lazy, Suspense, useDeferredValue, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useDecks, useStudySettings } from '../../lib/hooks';
import { type BrowseQuery, useBrowse } from '../../lib/hooks/useBrowse';
import { useI18n } from '../../lib/i18n';
import { decayOf } from '../../lib/model';
import { BrowseBulkBar } from './BrowseBulkBar';
import { BrowseList } from './BrowseList';
import { type BrowseView, browseAddress, filterCount, PAGE, viewOfParams } from './browseUrl';
import { useSelection } from './useSelection';

// Loaded when first shown: the filters once opened, the table (with its card preview) at laptop width only.
const BrowseFilters = lazy(() => import('./BrowseFilters').then((m) => ({ default: m.BrowseFilters })));
const BrowseTable = lazy(() => import('./BrowseTable').then((m) => ({ default: m.BrowseTable })));

/**
 * Search every card by text (both languages), deck, topic, tag, kind, state, due date and recall; sort; open one.
 * The query lives in the URL (Back from a card keeps it); a phone gets a list, a laptop (≥ 1024 px) a sortable table
 * with a preview beside it. Rows come in pages of 100.
 */
export function BrowseScreen() {
  const { t } = useI18n();
  const params = useSearchParams();
  /** Where this browser lives, read once on mount (during a navigation away the router's path is already the next one). */
  const browsePath = useRef('');
  useEffect(() => {
    browsePath.current = window.location.pathname;
  }, []);
  const view = useMemo(() => viewOfParams(new URLSearchParams(params.toString())), [params]);
  const urlText = view.query.text ?? '';
  const [text, setText] = useState(urlText);
  /** The text this screen last put in the URL: any other text there came from outside (Back, a link), and the box follows it. */
  const sentText = useRef(urlText);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const wide = useWide();
  const selection = useSelection();
  const decks = useDecks();
  const decay = decayOf(useStudySettings().parameters);

  const query = useDeferredValue(useMemo(() => ({ ...view.query, limit: view.shown }), [view]));
  const { result, allKeys } = useBrowse(query, decay);
  // The rows shown belong to an earlier query until this one is answered: say so instead of presenting them as the answer.
  const searching = result === undefined || result.queryKey !== JSON.stringify({ ...view.query, limit: view.shown });
  const now = Date.now();
  const deckNames = useMemo(() => new Map(decks?.map((d) => [d.id, d.name])), [decks]);

  /** A new query replaces the URL (Back leaves the browser, it does not step through every keystroke). */
  const show = (next: BrowseView) => {
    const address = browseAddress(next, browsePath.current, window.location.pathname);
    if (address !== null) window.history.replaceState(null, '', address);
  };
  const set = (patch: Partial<BrowseQuery>) => show({ query: { ...view.query, ...patch }, shown: PAGE });
  // The search box answers as the learner types, but the URL (and the query) follow its settled text.
  useEffect(() => {
    if (text === urlText) return;
    const timer = setTimeout(() => {
      sentText.current = text;
      set({ text: text || undefined });
    }, 150);
    return () => clearTimeout(timer);
  });
  useEffect(() => {
    if (urlText === sentText.current) return;
    sentText.current = urlText;
    setText(urlText);
  }, [urlText]);

  const total = result?.total ?? 0;
  const shown = result?.rows.length ?? 0;
  const remaining = total - shown;
  const filters = filterCount(view.query);

  return (
    <div className="browse">
      <h1>{t('browse.title')}</h1>
      <div className="browse-bar">
        <label className="browse-search">
          {t('browse.search')}
          <input className="text-input" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button
          type="button"
          className="button"
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filters > 0 ? t('browse.filtersSet', { n: filters }) : t('browse.filters')}
        </button>
        {filters > 0 && (
          <button
            type="button"
            className="button ghost"
            onClick={() => show({ query: { text: view.query.text, sort: view.query.sort }, shown: PAGE })}
          >
            {t('browse.clearFilters')}
          </button>
        )}
      </div>
      {filtersOpen && (
        <Suspense>
          <BrowseFilters id={filtersId} query={view.query} decks={decks} onChange={set} />
        </Suspense>
      )}
      <p role="status" data-testid="browse-count">
        {searching || !result ? t('browse.searching') : t('browse.results', { shown, total })}
      </p>
      {result && <BrowseBulkBar selection={selection} total={searching ? 0 : total} allKeys={allKeys} decks={decks} />}
      {result &&
        (wide ? (
          <Suspense>
            <BrowseTable
              rows={result.rows}
              now={now}
              busy={searching}
              query={view.query}
              deckNames={deckNames}
              selection={selection}
              onSort={set}
            />
          </Suspense>
        ) : (
          <BrowseList rows={result.rows} now={now} busy={searching} selection={selection} />
        ))}
      {!searching && remaining > 0 && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => show({ ...view, shown: view.shown + PAGE })}>
            {t('browse.showMore', { n: Math.min(PAGE, remaining) })}
          </button>
          {remaining > PAGE && total <= SHOW_ALL_UP_TO && (
            <button type="button" className="button ghost" onClick={() => show({ ...view, shown: Math.ceil(total / PAGE) * PAGE })}>
              {t('browse.showAll', { total })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** Beyond this many matches the page would grow too long to be useful: "Show more" goes on page by page. */
const SHOW_ALL_UP_TO = 2000;

const WIDE = '(min-width: 1024px)';
/** A laptop-width window (the table) or not (the phone's list); the list before the page runs in a browser. */
function useWide(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const media = window.matchMedia(WIDE);
      media.addEventListener('change', changed);
      return () => media.removeEventListener('change', changed);
    },
    () => window.matchMedia(WIDE).matches,
    () => false,
  );
}
