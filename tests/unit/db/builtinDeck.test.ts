import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUILTIN_DECK_ID,
  bringBuiltinDeckUpToDate,
  builtinDeckIsCurrent,
  cardKey,
  type KubecardsDb,
  openDb,
  updateBuiltinDeck,
  writeFirstCards,
} from '../../../lib/db';
import type { DeckArtifact } from '../../../lib/model';
import { packDeck } from '../../../lib/notes';
import { basicCard, freshName } from './helpers';

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

const deck = (hash: string, count: number): DeckArtifact => ({
  format: 'kubecards-deck',
  version: 1,
  deckId: BUILTIN_DECK_ID,
  name: { en: 'Kubernetes', zh: 'Kubernetes' },
  hash,
  topics: [
    {
      topic: '1.1',
      chapter: 1,
      area: 'architecture',
      title: { en: 'Basics', zh: '基础' },
      k8s: '1.35',
      sources: [],
      path: { en: 'cards/en/x.md', zh: 'cards/zh/x.md' },
    },
  ],
  cards: Array.from({ length: count }, (_, i) => basicCard(`c${i}`, i)),
});

/** The files of one build, as the app fetches them; records which were asked for. */
function served(artifact: DeckArtifact) {
  const asked: string[] = [];
  const files: Record<string, unknown> = {
    '/deck/kubernetes.json': packDeck(artifact),
    '/deck/kubernetes-first.json': packDeck({ ...artifact, hash: '', cards: artifact.cards.slice(0, 40) }),
    '/deck/kubernetes.meta.json': { deckId: artifact.deckId, hash: artifact.hash },
  };
  const fetchJson = async <T>(url: string): Promise<T> => {
    asked.push(url);
    if (!(url in files)) throw new Error(`${url}: HTTP 404`);
    return files[url] as T;
  };
  return { asked, fetchJson };
}

describe('the built-in deck', () => {
  it('on a first visit: no meta round trip, the first cards written first, then the whole deck', async () => {
    const build = served(deck('h1', 100));
    expect(await builtinDeckIsCurrent(db, build.fetchJson)).toBe(false);
    expect(build.asked).toEqual([]);
    await writeFirstCards(db, build.fetchJson, 0);
    expect(await db.schedule.count()).toBe(40);
    expect(await updateBuiltinDeck(db, build.fetchJson, 0)).toMatchObject({ added: 60, unchanged: 40 });
    expect(build.asked).toEqual(['/deck/kubernetes-first.json', '/deck/kubernetes.json']);
    expect(await db.schedule.where('deckId').equals(BUILTIN_DECK_ID).count()).toBe(100);
    expect(await builtinDeckIsCurrent(db, build.fetchJson)).toBe(true);
  });

  it("the sync worker's bootstrap: the first cards are stored before the whole deck is asked for", async () => {
    const build = served(deck('h1', 100));
    const storedWhenAsked: number[] = [];
    const fetchJson = async <T>(url: string): Promise<T> => {
      storedWhenAsked.push(await db.schedule.count());
      return build.fetchJson<T>(url);
    };
    expect(await bringBuiltinDeckUpToDate(db, fetchJson, 0)).toMatchObject({ added: 60, unchanged: 40 });
    expect(build.asked).toEqual(['/deck/kubernetes-first.json', '/deck/kubernetes.json']);
    expect(storedWhenAsked).toEqual([0, 40]);
    expect(await builtinDeckIsCurrent(db, build.fetchJson)).toBe(true);
  });

  it('after an update of the app: only the meta file, then the whole deck when its hash changed', async () => {
    await updateBuiltinDeck(db, served(deck('h1', 100)).fetchJson, 0);
    const next = served(deck('h2', 101));
    expect(await builtinDeckIsCurrent(db, next.fetchJson)).toBe(false);
    await writeFirstCards(db, next.fetchJson, 0);
    expect(await updateBuiltinDeck(db, next.fetchJson, 0)).toMatchObject({ added: 1, unchanged: 100 });
    expect(next.asked).toEqual(['/deck/kubernetes.meta.json', '/deck/kubernetes.json']);
    expect(await db.cards.get(cardKey(BUILTIN_DECK_ID, 'c100'))).toBeDefined();
  });
});
