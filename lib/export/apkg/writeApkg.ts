import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { CollectionRows } from './collectionRows';
import { SCHEMA_11 } from './schema11';

/** The rows as a schema-11 SQLite file (`collection.anki2`), written in one transaction. */
export function writeCollection(rows: CollectionRows, sql: SqlJsStatic): Uint8Array {
  const db = new sql.Database();
  try {
    db.exec(SCHEMA_11);
    db.exec('BEGIN');
    const { col } = rows;
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      col.crt,
      col.mod,
      col.mod,
      col.conf,
      col.models,
      col.decks,
      col.dconf,
    ]);
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')");
    for (const n of rows.notes) note.run([n.id, n.guid, n.mid, n.mod, n.tags, n.flds, n.sfld, n.csum]);
    note.free();
    const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)');
    for (const c of rows.cards)
      card.run([c.id, c.nid, c.did, c.ord, c.mod, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.left, c.flags, c.data]);
    card.free();
    const revlog = db.prepare('INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)');
    for (const r of rows.revlog) revlog.run([r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
    revlog.free();
    db.exec('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

/**
 * A legacy `.apkg` every Anki (and AnkiDroid) imports: `collection.anki2`, the `media` map (`{"0": "a.png"}`) and the
 * media files named by number. No `meta` entry: that is how Anki recognises a legacy package.
 */
export function writeApkg(rows: CollectionRows, sql: SqlJsStatic): Uint8Array {
  const files: Record<string, Uint8Array> = { 'collection.anki2': writeCollection(rows, sql) };
  const map: Record<string, string> = {};
  rows.media.forEach((m, i) => {
    map[String(i)] = m.name;
    files[String(i)] = m.data;
  });
  files.media = strToU8(JSON.stringify(map));
  return zipSync(files, { level: 6 });
}
