import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import type { Database } from 'sql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { collectionRows, fieldChecksum, writeApkg } from '../../../lib/export/apkg';
import { readApkgSource } from '../../../lib/export/apkgSource';
import { enCore, translator } from '../../../lib/i18n';
import type { ReviewCard } from '../../../lib/model';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard, freshName } from '../db/helpers';
import { loadSql } from '../import/fixtures';

/** Tables and columns of rslib/src/storage/schema11.sql (Anki), written out here to check the export against. */
const ANKI_SCHEMA_11: Record<string, [string, string, boolean][]> = {
  col: [
    ['id', 'integer', false],
    ['crt', 'integer', true],
    ['mod', 'integer', true],
    ['scm', 'integer', true],
    ['ver', 'integer', true],
    ['dty', 'integer', true],
    ['usn', 'integer', true],
    ['ls', 'integer', true],
    ['conf', 'text', true],
    ['models', 'text', true],
    ['decks', 'text', true],
    ['dconf', 'text', true],
    ['tags', 'text', true],
  ],
  notes: [
    ['id', 'integer', false],
    ['guid', 'text', true],
    ['mid', 'integer', true],
    ['mod', 'integer', true],
    ['usn', 'integer', true],
    ['tags', 'text', true],
    ['flds', 'text', true],
    ['sfld', 'integer', true],
    ['csum', 'integer', true],
    ['flags', 'integer', true],
    ['data', 'text', true],
  ],
  cards: [
    ['id', 'integer', false],
    ...['nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor', 'reps', 'lapses', 'left', 'odue', 'odid', 'flags'].map(
      (name) => [name, 'integer', true] as [string, string, boolean],
    ),
    ['data', 'text', true],
  ],
  revlog: [
    ['id', 'integer', false],
    ...['cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'].map(
      (name) => [name, 'integer', true] as [string, string, boolean],
    ),
  ],
  graves: [
    ['usn', 'integer', true],
    ['oid', 'integer', true],
    ['type', 'integer', true],
  ],
};
const ANKI_INDEXES = ['ix_cards_nid', 'ix_cards_sched', 'ix_cards_usn', 'ix_notes_csum', 'ix_notes_usn', 'ix_revlog_cid', 'ix_revlog_usn'];

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 10, 12);
const t = translator(enCore);
const scheduler = createScheduler();

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

const rowsOf = (sqlite: Database, query: string) => {
  const [result] = sqlite.exec(query);
  return result ? result.values.map((values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i]]))) : [];
};

async function exported(withHistory: boolean): Promise<{ sqlite: Database; files: Record<string, Uint8Array> }> {
  const source = await readApkgSource(db, 'all', 'en', withHistory ? { retention: 0.9 } : null);
  const files = unzipSync(writeApkg(collectionRows(source, 'en', t, now), await loadSql()));
  return { sqlite: new (await loadSql()).Database(files['collection.anki2']), files };
}

const cloze: ReviewCard = {
  ...basicCard('k#c1', 2),
  noteId: 'k',
  kind: 'cloze',
  cloze: 1,
  content: { en: { text: 'A {{c1::Pod}} runs `containers`', extra: '' }, zh: { text: '{{c1::Pod}}', extra: '' } },
} as ReviewCard;

describe('an .apkg export read as SQLite', () => {
  it("has exactly Anki's schema-11 tables, columns and indexes, version 11, and no meta entry", async () => {
    await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
    const { sqlite, files } = await exported(false);
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    const tables = rowsOf(sqlite, "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").map((r) => r.name);
    expect(tables).toEqual(Object.keys(ANKI_SCHEMA_11).sort());
    for (const [table, columns] of Object.entries(ANKI_SCHEMA_11)) {
      const info = rowsOf(sqlite, `PRAGMA table_info(${table})`).map((c) => [c.name, String(c.type).toLowerCase(), c.notnull === 1]);
      expect([table, info]).toEqual([table, columns]);
    }
    const indexes = rowsOf(sqlite, "SELECT name FROM sqlite_master WHERE type='index' ORDER BY name").map((r) => r.name);
    expect(indexes).toEqual(ANKI_INDEXES);
    expect(rowsOf(sqlite, 'SELECT id, ver FROM col')).toEqual([{ id: 1, ver: 11 }]);
    expect(rowsOf(sqlite, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('writes note types, decks and options with the fields Anki requires, and a checksum of the first field', async () => {
    await syncDeck(db, artifact([{ ...basicCard('a', 0, '<b>Hello</b> &amp; bye'), html: true }, cloze]), now);
    const { sqlite } = await exported(false);
    const [col] = rowsOf(sqlite, 'SELECT conf, models, decks, dconf FROM col');
    const models = Object.values(JSON.parse(String(col.models))) as Record<string, unknown>[];
    expect(models.map((m) => m.name).sort()).toEqual(['Basic', 'Cloze']);
    for (const m of models) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']));
      for (const f of m.flds as Record<string, unknown>[])
        expect(Object.keys(f)).toEqual(expect.arrayContaining(['name', 'ord', 'sticky', 'rtl', 'font', 'size']));
      for (const tm of m.tmpls as Record<string, unknown>[])
        expect(Object.keys(tm)).toEqual(expect.arrayContaining(['name', 'ord', 'qfmt', 'afmt']));
    }
    const decks = Object.values(JSON.parse(String(col.decks))) as Record<string, unknown>[];
    expect(decks.map((d) => d.name).sort()).toEqual(['Default', 'K8s']);
    for (const d of decks)
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf']),
      );
    const dconf = JSON.parse(String(col.dconf))['1'];
    expect(Object.keys(dconf)).toEqual(
      expect.arrayContaining(['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse']),
    );
    expect(JSON.parse(String(col.conf))).toMatchObject({ schedVer: 2 });

    const notes = rowsOf(sqlite, 'SELECT guid, flds, sfld, csum, tags FROM notes ORDER BY guid');
    const hello = notes.find((n) => n.guid === 'a');
    expect(hello?.sfld).toBe('Hello & bye');
    // Anki's field_checksum: the first 4 bytes of the SHA-1 of the stripped field, big-endian.
    expect(hello?.csum).toBe(createHash('sha1').update('Hello & bye').digest().readUInt32BE(0));
    expect(fieldChecksum('<b>Hello</b> &amp; bye')).toBe(hello?.csum);
    expect(notes.find((n) => n.guid === 'k')?.flds).toBe('A {{c1::Pod}} runs <code>containers</code>\x1f');
    expect(rowsOf(sqlite, 'SELECT ord, type, queue, due FROM cards ORDER BY due')).toEqual([
      { ord: 0, type: 0, queue: 0, due: 1 },
      { ord: 0, type: 0, queue: 0, due: 2 },
    ]);
  });

  it("with history: review cards on Anki's day numbers, FSRS memory in data, each answer in revlog", async () => {
    await syncDeck(db, artifact([basicCard('a', 0)]), now - 10 * DAY);
    const first = await answerCard(db, scheduler, { cardKey: 'k8s/a', shownVersion: 0, rating: 3, now: now - 9 * DAY, durationMs: 4000 });
    await answerCard(db, scheduler, {
      cardKey: first.cardKey,
      shownVersion: first.version,
      rating: 4,
      now: now - 8 * DAY,
      durationMs: 3000,
    });
    const schedule = await db.schedule.get(first.cardKey);
    const { sqlite } = await exported(true);
    const [col] = rowsOf(sqlite, 'SELECT crt FROM col');
    const [card] = rowsOf(sqlite, 'SELECT id, type, queue, due, ivl, reps, lapses, data FROM cards');
    expect(card).toMatchObject({ type: 2, queue: 2, reps: 2, lapses: 0 });
    expect(Number(col.crt) * 1000 + Number(card.due) * DAY).toBe(Math.floor((schedule?.due ?? 0) / DAY) * DAY);
    const data = JSON.parse(String(card.data));
    expect(data).toEqual({
      s: Math.round((schedule?.stability ?? 0) * 1e4) / 1e4,
      d: Math.round((schedule?.difficulty ?? 0) * 1e3) / 1e3,
      dr: 0.9,
      lrt: Math.floor((now - 8 * DAY) / 1000),
    });
    expect(rowsOf(sqlite, 'SELECT id, cid, ease, type, time FROM revlog ORDER BY id')).toEqual([
      { id: now - 9 * DAY, cid: card.id, ease: 3, type: 0, time: 4000 },
      { id: now - 8 * DAY, cid: card.id, ease: 4, type: expect.any(Number), time: 3000 },
    ]);
  });
});
