import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type KubecardsDb, openDb, writeImport } from '../../../lib/db';
import { both, type ParsedDeck } from '../../../lib/import';
import { freshName } from '../db/helpers';

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

// "media file not in the package" skips nothing (the note comes in without the file), yet the summary counted it
// as a skipped note.
describe('the import summary', () => {
  it('counts only the problems that left a note out as skipped', async () => {
    const parsed: ParsedDeck = {
      name: 'Pics',
      format: 'apkg',
      media: new Map(),
      problems: [
        { where: 'gone.png', code: 'missing-media' },
        { where: 'note 7', code: 'unknown-notetype' },
      ],
      notes: [
        {
          guid: 'g',
          deck: '',
          tags: [],
          origin: 'note 1',
          cards: [{ kind: 'basic', facet: 't0', html: true, content: both({ front: '<img src="gone.png">', back: 'b' }) }],
        },
      ],
    };
    const summary = await writeImport(db, parsed, { now: 0, fileName: 'pics.apkg' });
    expect([summary.added, summary.skipped]).toEqual([1, 1]);
  });
});
