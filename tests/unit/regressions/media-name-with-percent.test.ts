import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../../../lib/db';
import { collectionRows, writeApkg } from '../../../lib/export/apkg';
import { enCore, translator } from '../../../lib/i18n';
import { parseImport } from '../../../lib/import';
import { mediaNames } from '../../../lib/import/mediaName';
import { basicCard } from '../db/helpers';
import { loadSql } from '../import/fixtures';

// `100%.png` is a legal file name: decodeURIComponent threw URIError on its bare `%`, refusing the whole package as
// "damaged" and taking down every screen that rendered the card.
describe('a media file named 100%.png', () => {
  const card = { ...basicCard('p', 0, 'Score <img src="100%.png">'), html: true, key: 'import/p', deckId: 'd', retired: 0 } as CardRecord;

  it('an Anki package that uses it imports, with the image', async () => {
    const rows = collectionRows(
      { decks: [{ id: 'd', name: 'Scores' }], cards: [card], media: [{ name: '100%.png', data: new Uint8Array([1, 2, 3]) }] },
      'en',
      translator(enCore),
      Date.UTC(2026, 0, 1),
    );
    const result = await parseImport({ name: 'scores.apkg', bytes: writeApkg(rows, await loadSql()) }, {}, loadSql);
    expect(result.ok && [result.deck.notes.length, [...result.deck.media.keys()], result.deck.problems]).toEqual([1, ['100%.png'], []]);
  });

  it('a field that shows it names it, as it is or URL-encoded', () => {
    expect(mediaNames('<img src="100%.png"> <img src="my%20pic.png">')).toEqual(['100%.png', 'my pic.png']);
  });
});
