import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, type HistoryReplay, importDeckId, type KubecardsDb, openDb, syncDeck, writeImport } from '../../../lib/db';
import { collectionRows, writeApkg } from '../../../lib/export/apkg';
import { readApkgSource } from '../../../lib/export/apkgSource';
import { enCore, translator } from '../../../lib/i18n';
import { type ParsedDeck, parseImport } from '../../../lib/import';
import { compileDeck, type NoteSource } from '../../../lib/notes';
import { createScheduler } from '../../../lib/srs';
import { builtinNoteSources } from '../builtinNotes';
import { freshName } from '../db/helpers';
import { FIXTURES, fixtureBytes, HAVE_FIXTURES, loadSql, NEEDS_FIXTURES } from '../import/fixtures';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 10, 12);
const t = translator(enCore);
const scheduler = createScheduler();
const replay: HistoryReplay = { scheduler, dayOf: (at) => new Date(at).toISOString().slice(0, 10) };

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

async function parse(name: string, bytes: Uint8Array): Promise<ParsedDeck> {
  const result = await parseImport({ name, bytes }, {}, loadSql);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.deck;
}

/** Exports every deck of the database, with scheduling and history, and parses the package again. */
async function exportAndParse(): Promise<ParsedDeck> {
  const source = await readApkgSource(db, 'all', 'en', { retention: 0.9 });
  const bytes = writeApkg(collectionRows(source, 'en', t, now), await loadSql());
  return parse('export.apkg', bytes);
}

/** Per card (by note guid and side): its due day and how many answers it brings. */
const studyOf = (deck: ParsedDeck) =>
  deck.notes
    .flatMap((note) => note.cards.map((card) => card.history))
    .filter((h) => h !== undefined)
    .map((h) => [Math.floor(h.due / DAY), h.answers.length, h.suspended])
    .sort();
const figures = (deck: ParsedDeck) => {
  const cards = deck.notes.flatMap((n) => n.cards);
  return {
    notes: deck.notes.length,
    cards: cards.length,
    studied: cards.filter((c) => c.history).length,
    answers: cards.reduce((sum, c) => sum + (c.history?.answers.length ?? 0), 0),
    // Media the cards use (a package may carry files only its skipped notes used: those are not exported again).
    media: [...deck.media.keys()].filter((name) => JSON.stringify(cards.map((c) => c.content.en)).includes(name)).length,
  };
};

const packages = HAVE_FIXTURES ? readdirSync(join(FIXTURES, 'apkg')).sort() : [];

describe.skipIf(!HAVE_FIXTURES)(`every fixture package through our .apkg export and back${NEEDS_FIXTURES}`, () => {
  it.each(packages)('%s: the same notes, cards, due days, answers and media', { timeout: 60_000 }, async (file) => {
    const first = await parseImport({ name: file, bytes: fixtureBytes(`apkg/${file}`) }, {}, loadSql);
    if (!first.ok) {
      // Packages with nothing to import (empty collections) have nothing to export either.
      expect(first.error.code).toBe('no-notes');
      return;
    }
    await writeImport(db, first.deck, { now, fileName: file, history: replay });
    const again = await exportAndParse();
    expect(figures(again)).toEqual(figures(first.deck));
    expect(studyOf(again)).toEqual(studyOf(first.deck));
    // The same texts, and each note keeps its Anki guid.
    const texts = (deck: ParsedDeck) => deck.notes.map((n) => [n.guid, n.cards.map((c) => JSON.stringify(c.content.en))]).sort();
    expect(texts(again)).toEqual(texts(first.deck));
  });
});

describe('the built-in deck through .apkg with its history', () => {
  const sources: NoteSource[] = builtinNoteSources();
  const { deck } = compileDeck(sources, { deckId: 'kubernetes', name: { en: 'Kubernetes', zh: 'Kubernetes' } });

  // The whole deck (over a thousand cards) written, exported and read twice: allow for a busy machine.
  it('every card comes back; the answered ones with their answers and due days', { timeout: 120_000 }, async () => {
    if (!deck) throw new Error('the built-in deck does not compile');
    await syncDeck(db, deck, now - 30 * DAY);
    const studied = (await db.schedule.where('deckId').equals('kubernetes').sortBy('ord')).slice(0, 25);
    for (const [i, row] of studied.entries()) {
      let version = row.version;
      for (const [step, rating] of ([3, i % 3 === 0 ? 1 : 3, 4] as const).entries()) {
        const at = now - (20 - step * 7) * DAY + i * 60_000;
        const logged = await answerCard(db, scheduler, { cardKey: row.key, shownVersion: version, rating, now: at, durationMs: 5000 + i });
        version = logged.version;
      }
    }
    const parsed = await exportAndParse();
    expect(figures(parsed)).toMatchObject({ cards: deck.cards.length, studied: 25, answers: 75 });
    const noteIds = new Set(deck.cards.map((c) => c.noteId));
    expect(parsed.notes.map((n) => n.guid).sort()).toEqual([...noteIds].sort());
    const due = (await db.schedule.bulkGet(studied.map((s) => s.key))).map((s) => Math.floor((s?.due ?? 0) / DAY)).sort();
    expect(
      studyOf(parsed)
        .map(([day]) => day)
        .sort(),
    ).toEqual(due);

    // And into a second collection: the same answers are taken over as the learner's own.
    const second = openDb(freshName());
    try {
      const summary = await writeImport(second, parsed, { now, fileName: 'export.apkg', history: replay, deckName: 'Kubernetes' });
      expect(summary.answers).toBe(75);
      expect(await second.schedule.where('deckId').equals(importDeckId('Kubernetes')).count()).toBe(deck.cards.length);
    } finally {
      second.close();
    }
  });
});
