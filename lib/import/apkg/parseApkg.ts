import type { Database, SqlJsStatic } from 'sql.js';
import { clozeNumbers } from '../../model';
import { decodeMediaName } from '../mediaName';
import { both, type ImportedCard, type ImportedNote, type ImportProblem, LIMITS, type ParseResult } from '../types';
import { type AnkiNote, type AnkiNotetype, readDecks, readNotes, readNotetypes } from './collection';
import { protoString, protoVarint, readProto } from './protobuf';
import { templateRefs } from './templates';
import { isZstd, UnpackLimitError, unzipPackage, unzstd } from './unpack';

/** Anki packages (.apkg, .colpkg): legacy `collection.anki2`/`.anki21`, or the zstd `collection.anki21b` of Anki ≥ 2.1.50. */
export function parseApkg(bytes: Uint8Array, fileName: string, sql: SqlJsStatic): ParseResult {
  const unpacked = unzipPackage(bytes);
  if ('error' in unpacked) return { ok: false, error: unpacked.error };
  const { files } = unpacked;
  // Newest first: a modern package also carries a decoy collection.anki2 ("please update Anki").
  const version = files.meta ? (protoVarint(readProto(files.meta), 1) ?? 0) : 0;
  const name = ['collection.anki21b', 'collection.anki21', 'collection.anki2'].find(
    (n) => files[n] && (n !== 'collection.anki21b' || version !== 1),
  );
  if (!name) return { ok: false, error: { code: 'no-collection', detail: Object.keys(files).join(', ') } };

  let db: Database | null = null;
  try {
    const raw = isZstd(files[name]) ? unzstd(files[name]) : files[name];
    db = openCollection(sql, raw);
    const notetypes = readNotetypes(db);
    const decks = readDecks(db);
    const media = readMedia(files);
    const problems: ImportProblem[] = [];
    const notes: ImportedNote[] = [];
    for (const note of readNotes(db)) {
      const converted = convertNote(note, notetypes.get(note.notetypeId), decks, problems);
      if (converted) notes.push(converted);
    }
    reportMissingMedia(notes, media, problems);
    const deckName = mostCommon(notes.map((n) => n.deck.split('::')[0])) ?? fileName.replace(/\.[^.]+$/, '');
    return { ok: true, deck: { name: deckName, format: /\.colpkg$/i.test(fileName) ? 'colpkg' : 'apkg', notes, media, problems } };
  } catch (error) {
    if (error instanceof UnpackLimitError) return { ok: false, error: { code: 'zip-bomb', detail: error.message } };
    return { ok: false, error: { code: 'bad-database', detail: String(error instanceof Error ? error.message : error) } };
  } finally {
    db?.close();
  }
}

/** Opens the SQLite file; schema 18 declares `COLLATE unicase`, which sql.js lacks, so the schema is rewritten to NOCASE. */
function openCollection(sql: SqlJsStatic, bytes: Uint8Array): Database {
  let db = new sql.Database(bytes);
  const [check] = db.exec("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%COLLATE unicase%'");
  if (Number(check?.values[0][0] ?? 0) > 0) {
    db.exec(
      "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', 'COLLATE NOCASE') WHERE sql LIKE '%COLLATE unicase%'; PRAGMA writable_schema=OFF;",
    );
    const rewritten = db.export();
    db.close();
    db = new sql.Database(rewritten);
  }
  db.exec('PRAGMA quick_check');
  return db;
}

/** The media map: JSON `{"0": "a.jpg"}` (legacy), or zstd protobuf `MediaEntries { repeated MediaEntry { name = 1 } }`. */
function readMedia(files: Record<string, Uint8Array>): Map<string, Uint8Array> {
  const media = new Map<string, Uint8Array>();
  const map = files.media;
  if (!map || map.length === 0) return media;
  let names: [string, string][];
  if (map[0] === 0x7b /* { */) names = Object.entries(JSON.parse(new TextDecoder().decode(map)) as Record<string, string>);
  else {
    const entries = readProto(isZstd(map) ? unzstd(map, 64 * 1024 * 1024) : map).filter((f) => f.field === 1 && 'bytes' in f);
    names = entries.map((entry, index) => [String(index), protoString(readProto((entry as { bytes: Uint8Array }).bytes), 1) ?? '']);
  }
  for (const [index, fileName] of names) {
    const data = files[index];
    if (data && fileName) media.set(fileName, isZstd(data) ? unzstd(data, 64 * 1024 * 1024) : data);
  }
  return media;
}

const joinFields = (values: string[]) => values.filter((v) => v.trim() !== '').join('<br>');

/** One Anki note → our cards, one per Anki card: cloze by number, others by their template's question and answer. */
function convertNote(
  note: AnkiNote,
  type: AnkiNotetype | undefined,
  decks: Map<string, string>,
  problems: ImportProblem[],
): ImportedNote | null {
  const where = `note ${note.id}`;
  if (!type) {
    problems.push({ where, code: 'unknown-notetype', detail: note.notetypeId });
    return null;
  }
  if (type.templates.some((t) => /image-occlusion/i.test(t.qfmt))) {
    problems.push({ where, code: 'unknown-notetype', detail: `${type.name} (image occlusion is not supported)` });
    return null;
  }
  if (note.fields.some((f) => f.length > LIMITS.fieldChars)) {
    problems.push({ where, code: 'field-too-large' });
    return null;
  }
  const field = (name: string) => note.fields[type.fields.indexOf(name)] ?? '';
  const cards: ImportedCard[] = [];
  const ords = note.cards.length > 0 ? note.cards.map((c) => c.ord) : [0];
  const historyOf = (ord: number) => {
    const history = note.cards.find((c) => c.ord === ord)?.history;
    return history ? { history } : {};
  };
  for (const ord of ords) {
    if (type.cloze) {
      const refs = templateRefs(type.templates[0]?.qfmt ?? '', type.templates[0]?.afmt ?? '');
      const text = refs.clozeField ? field(refs.clozeField) : (note.fields[0] ?? '');
      const extra = joinFields(refs.answer.filter((f) => f !== refs.clozeField).map(field));
      const number = ord + 1;
      if (!clozeNumbers(text).includes(number)) continue;
      cards.push({ kind: 'cloze', facet: `c${number}`, cloze: number, html: true, content: both({ text, extra }), ...historyOf(ord) });
      continue;
    }
    const template = type.templates.find((t) => t.ord === ord) ?? type.templates[0];
    const refs = templateRefs(template?.qfmt ?? '', template?.afmt ?? '');
    let front = joinFields(refs.question.map(field));
    let back = joinFields(
      (refs.typeIn ? [refs.typeIn, ...refs.answer] : refs.answer).filter((f, i, all) => all.indexOf(f) === i).map(field),
    );
    if (front === '') {
      // A note type we cannot read by its templates: front = first field, back = the rest.
      front = note.fields[0] ?? '';
      back = joinFields(note.fields.slice(1));
    }
    if (front.trim() === '') continue;
    cards.push({
      kind: 'basic',
      facet: `t${ord}`,
      html: true,
      ...(refs.typeIn ? { typeIn: true } : {}),
      content: both({ front, back }),
      ...historyOf(ord),
    });
  }
  if (cards.length === 0) {
    problems.push({ where, code: 'empty-front' });
    return null;
  }
  const deck = decks.get(note.cards[0]?.deckId ?? '') ?? '';
  return { guid: note.guid, deck, tags: note.tags, origin: where, cards };
}

const MEDIA_REF = /<img[^>]+src=["']?([^"'>\s]+)|\[sound:([^\]]+)\]/gi;

function reportMissingMedia(notes: ImportedNote[], media: Map<string, Uint8Array>, problems: ImportProblem[]) {
  const missing = new Set<string>();
  for (const note of notes) {
    for (const card of note.cards) {
      for (const m of Object.values(card.content.en as Record<string, string>)
        .join('\n')
        .matchAll(MEDIA_REF)) {
        const file = decodeMediaName(m[1] ?? m[2] ?? '');
        if (file && !/^(https?:|data:)/.test(file) && !media.has(file)) missing.add(file);
      }
    }
  }
  for (const file of missing) problems.push({ where: file, code: 'missing-media' });
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
