import { BUILTIN_FIRST_CARDS_URL } from '../../lib/db/builtinDeck';
import { SYNC_WORKER_URL } from '../../lib/hooks/deckUpdate';

/**
 * A first visit's first card waits on the sync worker's script and the first cards, which the page asks for only
 * after hydrating and opening the database: named in the exported HTML, they download while the page's scripts do.
 * Prefetch, not preload: a returning learner's page uses neither (a preload would warn "not used"), and the worker's
 * own requests never match a page's preload, while both find a prefetched file in the browser's HTTP cache.
 */
export function FirstVisitPrefetch() {
  return (
    <>
      <link rel="prefetch" href={SYNC_WORKER_URL} />
      <link rel="prefetch" href={BUILTIN_FIRST_CARDS_URL} />
    </>
  );
}
