import { afterEach, beforeEach, expect, it } from 'vitest';
import { BUILTIN_DECK_ID, type KubecardsDb, openDb, updateBuiltinDeck, writeFirstCards } from '../../../lib/db';
import { packDeck } from '../../../lib/notes';
import { artifact, basicCard, freshName } from '../db/helpers';

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

// Issue 18.6: a slow tab checked for the deck before downloading its first cards, then wrote them over the whole deck
// another tab had stored meanwhile, retiring every card not among the first.
it('a slow first visit never writes its first cards over a deck another tab stored meanwhile', async () => {
  const topic = { topic: '1.1', chapter: 1, area: 'architecture' as const, title: { en: 'T', zh: 'T' }, k8s: '1.35', sources: [] };
  const whole = {
    ...artifact(
      Array.from({ length: 100 }, (_, i) => basicCard(`c${i}`, i)),
      'h1',
    ),
    deckId: BUILTIN_DECK_ID,
    topics: [{ ...topic, path: { en: 'cards/en/x.md', zh: 'cards/zh/x.md' } }],
  };
  const first = packDeck({ ...whole, hash: '', cards: whole.cards.slice(0, 40) });
  let deliver = (_deck: unknown) => {};
  const download = new Promise((resolve) => {
    deliver = resolve;
  });
  let askedFor = (_url: string) => {};
  const asked = new Promise<string>((resolve) => {
    askedFor = resolve;
  });
  const slowTab = writeFirstCards(
    db,
    <T>(url: string) => {
      askedFor(url);
      return download as Promise<T>;
    },
    1,
  );
  expect(await asked).toBe('/deck/kubernetes-first.json');
  await updateBuiltinDeck(db, async <T>() => packDeck(whole) as T, 2);
  deliver(first);
  await slowTab;

  expect(await db.cards.filter((c) => c.retired === 1).count()).toBe(0);
  expect((await db.decks.get(BUILTIN_DECK_ID))?.hash).toBe('h1');
});
