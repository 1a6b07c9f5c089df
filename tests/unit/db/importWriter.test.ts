import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, importDeckId, type KubecardsDb, openDb, writeImport } from '../../../lib/db';
import { both, type ParsedDeck, parseImport } from '../../../lib/import';
import { createScheduler } from '../../../lib/srs';
import { fixtureBytes, HAVE_FIXTURES, loadSql, NEEDS_FIXTURES } from '../import/fixtures';
import { freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

const parsed = (notes: [guid: string, front: string, back: string][], media = new Map<string, Uint8Array>()): ParsedDeck => ({
  name: 'Mine',
  format: 'csv',
  media,
  problems: [{ where: 'line 9', code: 'empty-front' }],
  notes: notes.map(([guid, front, back], i) => ({
    guid,
    deck: '',
    tags: ['t'],
    origin: `line ${i + 1}`,
    cards: [{ kind: 'basic', facet: 'card', content: both({ front, back }) }],
  })),
});

describe('writeImport', () => {
  it('adds decks, cards, new schedules and media in one go, and says what it did', async () => {
    const summary = await writeImport(
      db,
      parsed(
        [
          ['a', 'Q1', 'A1'],
          ['b', 'Q2', 'A2'],
        ],
        new Map([['x.png', new Uint8Array([1, 2])]]),
      ),
      { now, fileName: 'mine.csv' },
    );
    expect(summary).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 1, decks: ['Mine'], media: 1, answers: 0 });
    const deckId = importDeckId('Mine');
    expect(await db.decks.get(deckId)).toMatchObject({ name: { en: 'Mine', zh: 'Mine' }, source: 'import' });
    expect(await db.schedule.where('deckId').equals(deckId).count()).toBe(2);
    expect(await db.cards.get('import/a#card')).toMatchObject({
      kind: 'basic',
      tags: ['t'],
      source: { en: { path: 'mine.csv', line: 1 } },
    });
    expect((await db.media.get('x.png'))?.data).toEqual(new Uint8Array([1, 2]));
  });

  it('re-importing updates changed notes in place and keeps their review history', async () => {
    await writeImport(
      db,
      parsed([
        ['a', 'Q1', 'A1'],
        ['b', 'Q2', 'A2'],
      ]),
      { now, fileName: 'mine.csv' },
    );
    await answerCard(db, createScheduler(), { cardKey: 'import/a#card', shownVersion: 0, rating: 3, now, durationMs: 1 });
    const scheduleBefore = await db.schedule.get('import/a#card');
    const summary = await writeImport(
      db,
      parsed([
        ['a', 'Q1 edited', 'A1'],
        ['b', 'Q2', 'A2'],
        ['c', 'Q3', 'A3'],
      ]),
      { now: now + 1, fileName: 'mine.csv' },
    );
    expect(summary).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(await db.schedule.get('import/a#card')).toEqual(scheduleBefore);
    expect((await db.cards.get('import/a#card'))?.content.en).toEqual({ front: 'Q1 edited', back: 'A1' });
    expect(await db.reviewLog.where('cardKey').equals('import/a#card').count()).toBe(1);
  });

  it('writes nothing when any write fails (all or nothing)', async () => {
    db.media.hook('creating', () => {
      throw new Error('QuotaExceededError (simulated)');
    });
    await expect(
      writeImport(db, parsed([['a', 'Q', 'A']], new Map([['x.png', new Uint8Array([1])]])), { now, fileName: 'f' }),
    ).rejects.toThrow('QuotaExceededError');
    expect([await db.cards.count(), await db.schedule.count(), await db.decks.count(), await db.media.count()]).toEqual([0, 0, 0, 0]);
  });

  it('a cancelled import writes nothing', async () => {
    const controller = new AbortController();
    const many = parsed(Array.from({ length: 1200 }, (_, i): [string, string, string] => [`n${i}`, `Q${i}`, 'A']));
    let reports = 0;
    const writing = writeImport(db, many, {
      now,
      fileName: 'f',
      signal: controller.signal,
      onProgress: () => {
        reports++;
        controller.abort();
      },
    });
    await expect(writing).rejects.toThrow('cancelled');
    expect(reports).toBe(1);
    expect(await db.cards.count()).toBe(0);
  });
});

describe.skipIf(!HAVE_FIXTURES)(`Anki re-import${NEEDS_FIXTURES}`, () => {
  it('anki-pylib update1 then update2 updates the one note in place', async () => {
    const first = await parseImport({ name: 'update1.apkg', bytes: fixtureBytes('apkg/anki-pylib-update1.apkg') }, {}, loadSql);
    const second = await parseImport({ name: 'update2.apkg', bytes: fixtureBytes('apkg/anki-pylib-update2.apkg') }, {}, loadSql);
    if (!first.ok || !second.ok) throw new Error('parse failed');
    expect(await writeImport(db, first.deck, { now, fileName: 'update1.apkg' })).toMatchObject({ added: 1 });
    expect(await writeImport(db, second.deck, { now, fileName: 'update2.apkg' })).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(await db.cards.count()).toBe(1);
    const [card] = await db.cards.toArray();
    expect(card.content.en).toEqual({ front: 'goodbye', back: 'world' });
  });
});
