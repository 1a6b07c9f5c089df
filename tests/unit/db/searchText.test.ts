import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  browseCards,
  deleteDeck,
  findInSearchText,
  importDeckId,
  type KubecardsDb,
  openDb,
  SearchTextBuilder,
  searchTextsOf,
  syncDeck,
  writeImport,
} from '../../../lib/db';
import { searchTextOf } from '../../../lib/db/searchText';
import { createBackup, restoreBackup } from '../../../lib/export';
import type { ParsedDeck } from '../../../lib/import';
import { artifact, basicCard, freshName } from './helpers';

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

const found = async (text: string, deckId?: string) =>
  (await browseCards(db, { text, ...(deckId ? { deckId } : {}) }, 0)).rows.map((row) => row.card.key);

const both = (front: string, back: string) => ({ en: { front, back }, zh: { front, back } });
const imported = (deck: string, notes: [guid: string, front: string][]): ParsedDeck => ({
  name: deck,
  format: 'csv',
  media: new Map(),
  problems: [],
  notes: notes.map(([guid, front]) => ({
    guid,
    deck,
    tags: [],
    origin: 'line 1',
    cards: [{ kind: 'basic', facet: 'card', content: both(front, 'back') }],
  })),
});

describe('finding text in a deck’s search text', () => {
  const [record] = searchTextsOf(
    ['pod one', 'two pods, pod', 'node', 'pod'].map((front, ord) => ({
      ...basicCard(`c${ord}`, ord, front),
      key: `d/c${ord}`,
      deckId: 'd',
      retired: ord === 3 ? (1 as const) : (0 as const),
    })),
  );
  it('lists each matching card once, in note order, leaving retired cards out', () => {
    expect(record && findInSearchText(record, 'pod')).toEqual([0, 1]);
  });
  it('never matches across two cards or two fields', () => {
    // "…pod one" ends card 0 and "c1" starts card 1; "one back" would join card 0's front and back.
    expect(record && findInSearchText(record, 'one c1')).toEqual([]);
    expect(record && findInSearchText(record, 'one back')).toEqual([]);
  });
});

describe('the search text taken card by card (as a restore streams its cards)', () => {
  const card = (deckId: string, ord: number, retired: 0 | 1 = 0) => ({
    ...basicCard(`c${ord}`, ord, `card ${ord} of ${deckId}`),
    key: `${deckId}/c${ord}`,
    deckId,
    retired,
  });
  // Two decks interleaved and out of note order, a retired card, and a deck whose only card is retired.
  const cards = [card('a', 2), card('b', 1), card('a', 0), card('a', 1, 1), card('b', 0), card('gone', 0, 1)];
  it('gives each deck the record its cards give at once: in note order, retired cards left out', () => {
    const builder = new SearchTextBuilder();
    for (const c of cards) builder.add(c);
    expect(builder.records()).toEqual(
      ['a', 'b', 'gone'].map((deckId) =>
        searchTextOf(
          deckId,
          cards.filter((c) => c.deckId === deckId),
        ),
      ),
    );
    expect(builder.records()).toEqual(searchTextsOf(cards));
    expect(builder.records().find((r) => r.deckId === 'gone')?.keys).toEqual([]);
  });
});

describe('every writer of cards keeps the search text current', () => {
  it('the built-in deck: added, edited and retired cards', async () => {
    await syncDeck(db, artifact([basicCard('a', 0, 'Kubelet port'), basicCard('b', 1, 'etcd quorum')]), 0);
    expect(await found('kubelet')).toEqual(['k8s/a']);
    await syncDeck(db, artifact([basicCard('b', 0, 'etcd quorum and kubelet')]), 0);
    expect(await found('kubelet')).toEqual(['k8s/b']);
  });

  it('imports, a note moving to another deck, and deleting a deck', async () => {
    await writeImport(
      db,
      imported('Alpha', [
        ['n1', 'Helm chart'],
        ['n2', 'Helm values'],
      ]),
      { now: 0, fileName: 'a.csv' },
    );
    expect(await found('helm', importDeckId('Alpha'))).toEqual(['import/n1#card', 'import/n2#card']);
    await writeImport(db, imported('Beta', [['n2', 'Helm values']]), { now: 0, fileName: 'b.csv' });
    expect(await found('helm', importDeckId('Alpha'))).toEqual(['import/n1#card']);
    expect(await found('helm', importDeckId('Beta'))).toEqual(['import/n2#card']);
    expect(await found('helm')).toEqual(['import/n1#card', 'import/n2#card']);
    await deleteDeck(db, importDeckId('Alpha'), 0);
    expect(await found('helm')).toEqual(['import/n2#card']);
  });

  it('restoring a backup', async () => {
    await syncDeck(db, artifact([basicCard('a', 0, 'Kubelet port')]), 0);
    const backup = await createBackup(db, 0);
    await syncDeck(db, artifact([basicCard('z', 0, 'something else')], 'other'), 0);
    expect(await found('kubelet')).toEqual([]);
    await restoreBackup(db, backup);
    expect(await found('kubelet')).toEqual(['k8s/a']);
  });
});
