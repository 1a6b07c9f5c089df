import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CardRecord, type KubecardsDb, openDb, writeImport } from '../../../lib/db';
import { collectionRows, writeApkg } from '../../../lib/export/apkg';
import { enCore, translator } from '../../../lib/i18n';
import { parseImport } from '../../../lib/import';
import { basicCard, freshName } from '../db/helpers';
import { loadSql } from '../import/fixtures';

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

const now = Date.UTC(2026, 0, 1);
const card = (id: string, deckId: string) => ({ ...basicCard(id, 0), key: `x/${id}`, deckId, retired: 0 }) as CardRecord;

// The preview's "Deck name" was ignored for Anki packages: every note went to its Anki deck by its Anki name.
describe('importing an Anki package under a typed deck name', () => {
  it("names the import with the typed name; the package's decks become its sub-decks", async () => {
    const rows = collectionRows(
      {
        decks: [
          { id: 'a', name: 'Lang' },
          { id: 'b', name: 'Lang::Verbs' },
          { id: 'c', name: 'Other' },
        ],
        cards: [card('one', 'a'), card('two', 'a'), card('three', 'b'), card('four', 'c')],
        media: [],
      },
      'en',
      translator(enCore),
      now,
    );
    const parsed = await parseImport({ name: 'lang.apkg', bytes: writeApkg(rows, await loadSql()) }, {}, loadSql);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.deck.name).toBe('Lang');
    const summary = await writeImport(db, parsed.deck, { now, fileName: 'lang.apkg', deckName: 'Spanish' });
    expect(summary.decks.sort()).toEqual(['Spanish', 'Spanish::Other', 'Spanish::Verbs']);
    // Keeping the suggested name keeps Anki's names.
    const again = openDb(freshName());
    try {
      const kept = await writeImport(again, parsed.deck, { now, fileName: 'lang.apkg', deckName: 'Lang' });
      expect(kept.decks.sort()).toEqual(['Lang', 'Lang::Other', 'Lang::Verbs']);
    } finally {
      again.close();
    }
  });

  it('a JSON deck path is a sub-deck of the import, as the README says', async () => {
    const json = JSON.stringify({
      format: 'kubecards-cards',
      version: 1,
      name: 'My deck',
      notes: [
        { kind: 'basic', front: 'a', back: 'b', deck: 'Sub::Deck' },
        { kind: 'basic', front: 'c', back: 'd' },
      ],
    });
    const parsed = await parseImport({ name: 'mine.json', bytes: new TextEncoder().encode(json) }, {}, loadSql);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const summary = await writeImport(db, parsed.deck, { now, fileName: 'mine.json', deckName: 'Typed' });
    expect(summary.decks.sort()).toEqual(['Typed', 'Typed::Sub::Deck']);
  });
});
