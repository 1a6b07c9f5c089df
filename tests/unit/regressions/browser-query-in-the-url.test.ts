import { describe, expect, it } from 'vitest';
import { browseAddress, paramsOfView, viewOfParams } from '../../../app/_screens/browseUrl';

// Issue 13, defect 4: Back from a card reset every filter of the browser. Its query now lives in the URL.
describe("the browser's query in its URL", () => {
  it('round-trips every filter, the sort and the number of rows shown', () => {
    const view = {
      query: {
        text: 'etcd port',
        deckId: 'kubernetes',
        topic: '2.3',
        tag: 'cka-storage',
        kind: 'command',
        state: 'review' as const,
        dueToDays: 7,
        retrievabilityBelow: 0.8,
        sort: 'lapses' as const,
        descending: true,
      },
      shown: 300,
    };
    expect(viewOfParams(new URLSearchParams(paramsOfView(view)))).toEqual(view);
  });

  it('an empty URL is the whole collection in note order, first page', () => {
    expect(viewOfParams(new URLSearchParams(''))).toEqual({ query: { sort: 'order' }, shown: 100 });
    expect(paramsOfView({ query: { sort: 'order' }, shown: 100 })).toBe('');
  });

  it('ignores what it does not know or cannot use', () => {
    expect(viewOfParams(new URLSearchParams('state=gone&sort=random&recall=500&shown=-5&due=x'))).toEqual({
      query: { sort: 'order' },
      shown: 100,
    });
  });

  // A clean CI run typed a search and opened a row within the search's 150 ms settling time: the settled search then
  // rewrote the card's address (/card?q=etcdutl, its key gone) and the card screen found no card.
  it('is never written once the page has left the browser', () => {
    const view = { query: { text: 'etcdutl' }, shown: 100 };
    expect(browseAddress(view, '/browse', '/browse')).toBe('/browse?q=etcdutl');
    expect(browseAddress({ query: {}, shown: 100 }, '/browse', '/browse')).toBe('/browse');
    expect(browseAddress(view, '/browse', '/card')).toBeNull();
  });
});
