import type { BrowseQuery, BrowseSort, BrowseState } from '../../lib/hooks/useBrowse';

// The browser's query lives in its URL (`/browse?q=etcd&state=review&sort=due&shown=200`): Back from a card, a reload
// or a shared link shows the same list. Anything unknown or malformed in the URL is ignored, never trusted.

export const PAGE = 100;
const STATES: readonly BrowseState[] = ['new', 'learning', 'review', 'suspended', 'buried', 'leech'];
const SORTS: readonly BrowseSort[] = ['order', 'due', 'interval', 'difficulty', 'lapses'];

export interface BrowseView {
  query: BrowseQuery;
  /** How many rows are shown (pages of 100). */
  shown: number;
}

const numberOf = (value: string | null, min: number, max: number): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
};
const oneOf = <T extends string>(value: string | null, options: readonly T[]): T | undefined =>
  options.includes(value as T) ? (value as T) : undefined;
const textOf = (value: string | null) => (value?.trim() ? value : undefined);

export function viewOfParams(params: URLSearchParams): BrowseView {
  const recall = numberOf(params.get('recall'), 0, 100);
  const query: BrowseQuery = {
    text: textOf(params.get('q')),
    deckId: textOf(params.get('deck')),
    topic: textOf(params.get('topic')),
    tag: textOf(params.get('tag')),
    kind: textOf(params.get('kind')),
    state: oneOf(params.get('state'), STATES),
    dueToDays: numberOf(params.get('due'), -36_500, 36_500),
    retrievabilityBelow: recall === undefined ? undefined : recall / 100,
    sort: oneOf(params.get('sort'), SORTS) ?? 'order',
    descending: params.get('desc') === '1' ? true : undefined,
  };
  const pages = Math.floor(numberOf(params.get('shown'), PAGE, 1_000_000) ?? PAGE) / PAGE;
  return { query: withoutEmpty(query), shown: Math.max(1, Math.floor(pages)) * PAGE };
}

export function paramsOfView({ query, shown }: BrowseView): string {
  const params = new URLSearchParams();
  const put = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  };
  put('q', query.text);
  put('deck', query.deckId);
  put('topic', query.topic);
  put('tag', query.tag);
  put('kind', query.kind);
  put('state', query.state);
  put('due', query.dueToDays);
  put('recall', query.retrievabilityBelow === undefined ? undefined : Math.round(query.retrievabilityBelow * 100));
  if (query.sort && query.sort !== 'order') put('sort', query.sort);
  if (query.descending) put('desc', 1);
  if (shown > PAGE) put('shown', shown);
  return params.toString();
}

/**
 * The address to put in place of the current one for this view, or null when the page has left the browser: a
 * search typed just before a row was opened settles after the navigation, and must not rewrite the card's address.
 */
export function browseAddress(view: BrowseView, browsePath: string, currentPath: string): string | null {
  if (currentPath !== browsePath) return null;
  const search = paramsOfView(view);
  return search ? `${browsePath}?${search}` : browsePath;
}

/** How many filters (beyond the text and the sort) are set: shown on the button that unfolds them. */
export const filterCount = (query: BrowseQuery) =>
  [query.deckId, query.topic, query.tag, query.kind, query.state, query.dueToDays, query.retrievabilityBelow].filter(
    (value) => value !== undefined,
  ).length;

function withoutEmpty(query: BrowseQuery): BrowseQuery {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as BrowseQuery;
}
