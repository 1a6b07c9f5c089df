import type { Database } from 'sql.js';
import type { Rating } from '../../model';
import type { ImportedHistory } from '../types';
import { protoString, protoVarint, readProto } from './protobuf';

export interface AnkiTemplate {
  ord: number;
  name: string;
  qfmt: string;
  afmt: string;
}

export interface AnkiNotetype {
  id: string;
  name: string;
  cloze: boolean;
  fields: string[];
  templates: AnkiTemplate[];
}

export interface AnkiNote {
  id: string;
  guid: string;
  notetypeId: string;
  fields: string[];
  tags: string[];
  /** Each card's ordinal, deck and (when the package has any) study history. */
  cards: { ord: number; deckId: string; history: ImportedHistory | null }[];
}

const rows = <T>(db: Database, sql: string): T[] => {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i]])) as T);
};

const hasTable = (db: Database, name: string) =>
  rows(db, `SELECT name FROM sqlite_master WHERE type='table' AND name='${name}'`).length > 0;

/** Note types from `col.models` (schema 11) or the `notetypes`/`fields`/`templates` tables (schema 18). */
export function readNotetypes(db: Database): Map<string, AnkiNotetype> {
  const types = new Map<string, AnkiNotetype>();
  if (hasTable(db, 'notetypes')) {
    // Start from notetypes: schema 18 keeps orphan rows in fields and templates.
    for (const nt of rows<{ id: number; name: string; config: Uint8Array }>(db, 'SELECT id, name, config FROM notetypes')) {
      const kind = protoVarint(readProto(nt.config ?? new Uint8Array()), 1) ?? 0;
      types.set(String(nt.id), { id: String(nt.id), name: nt.name, cloze: kind === 1, fields: [], templates: [] });
    }
    for (const f of rows<{ ntid: number; ord: number; name: string }>(db, 'SELECT ntid, ord, name FROM fields ORDER BY ntid, ord')) {
      types.get(String(f.ntid))?.fields.push(f.name);
    }
    for (const t of rows<{ ntid: number; ord: number; name: string; config: Uint8Array }>(
      db,
      'SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord',
    )) {
      const config = readProto(t.config ?? new Uint8Array());
      types
        .get(String(t.ntid))
        ?.templates.push({ ord: t.ord, name: t.name, qfmt: protoString(config, 1) ?? '', afmt: protoString(config, 2) ?? '' });
    }
    return types;
  }
  const [col] = rows<{ models: string }>(db, 'SELECT models FROM col');
  const models = JSON.parse(col?.models ?? '{}') as Record<
    string,
    { id: number | string; name: string; type: number; flds: { name: string; ord: number }[]; tmpls: AnkiTemplate[] }
  >;
  for (const [id, m] of Object.entries(models)) {
    types.set(String(id), {
      id: String(id),
      name: m.name,
      cloze: m.type === 1,
      fields: [...m.flds].sort((a, b) => a.ord - b.ord).map((f) => f.name),
      templates: m.tmpls.map((t) => ({ ord: t.ord, name: t.name, qfmt: t.qfmt, afmt: t.afmt })),
    });
  }
  return types;
}

/** Deck names by id, with subdecks joined by `::` (schema 18 stores `\x1f`). */
export function readDecks(db: Database): Map<string, string> {
  if (hasTable(db, 'decks')) {
    return new Map(
      rows<{ id: number; name: string }>(db, 'SELECT id, name FROM decks').map((d) => [String(d.id), d.name.replaceAll('\x1f', '::')]),
    );
  }
  const [col] = rows<{ decks: string }>(db, 'SELECT decks FROM col');
  const decks = JSON.parse(col?.decks ?? '{}') as Record<string, { name: string }>;
  return new Map(Object.entries(decks).map(([id, d]) => [id, d.name]));
}

interface AnkiCardRow {
  id: number;
  nid: number;
  did: number;
  ord: number;
  type: number;
  queue: number;
  due: number;
  odue: number;
  odid: number;
}

export function readNotes(db: Database): AnkiNote[] {
  const answers = readAnswers(db);
  const [col] = rows<{ crt: number }>(db, 'SELECT crt FROM col');
  const cardsByNote = new Map<string, AnkiNote['cards']>();
  for (const c of rows<AnkiCardRow>(db, 'SELECT id, nid, did, ord, type, queue, due, odue, odid FROM cards ORDER BY nid, ord')) {
    const list = cardsByNote.get(String(c.nid)) ?? [];
    list.push({ ord: c.ord, deckId: String(c.did), history: historyOf(c, answers.get(c.id) ?? [], col?.crt ?? 0) });
    cardsByNote.set(String(c.nid), list);
  }
  return rows<{ id: number; guid: string; mid: number; flds: string; tags: string }>(
    db,
    'SELECT id, guid, mid, flds, tags FROM notes ORDER BY id',
  ).map((n) => ({
    id: String(n.id),
    guid: n.guid,
    notetypeId: String(n.mid),
    fields: n.flds.split('\x1f'),
    tags: n.tags.split(/\s+/).filter(Boolean),
    cards: cardsByNote.get(String(n.id)) ?? [],
  }));
}

const DAY_SECONDS = 86_400;

/**
 * Answers by card id from the review log: learning, review, relearning and filtered-deck answers (types 0–3) with a
 * button (ease 1–4). Manual reschedules (type 4, 5, ease 0) are not answers.
 */
function readAnswers(db: Database): Map<number, ImportedHistory['answers']> {
  const byCard = new Map<number, ImportedHistory['answers']>();
  if (!hasTable(db, 'revlog')) return byCard;
  for (const r of rows<{ id: number; cid: number; ease: number; time: number }>(
    db,
    'SELECT id, cid, ease, time FROM revlog WHERE type BETWEEN 0 AND 3 AND ease BETWEEN 1 AND 4 ORDER BY cid, id',
  )) {
    const list = byCard.get(r.cid) ?? [];
    list.push({ at: r.id, rating: r.ease as Rating, durationMs: Math.max(0, Math.min(r.time, 60 * 60_000)) });
    byCard.set(r.cid, list);
  }
  return byCard;
}

/**
 * Where Anki left a card it has studied. Its due is a day number counted from the collection's creation (`crt`) for
 * review and day-learning cards, epoch seconds for learning cards due within the day: day numbers stay far below 1e9,
 * epoch seconds far above. A card in a filtered deck keeps its home due in `odue`. Cards Anki has as new stay new,
 * whatever their log says (Anki's "forget" keeps the log).
 */
function historyOf(card: AnkiCardRow, answers: ImportedHistory['answers'], crt: number): ImportedHistory | null {
  if (card.type === 0 || answers.length === 0) return null;
  const due = card.odid ? card.odue : card.due;
  const dueSeconds = due > 1e9 ? due : crt + due * DAY_SECONDS;
  return { answers, due: dueSeconds * 1000, suspended: card.queue === -1 };
}
