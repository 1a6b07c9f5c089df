// A heavy Anki user's package for the bench: the 459-note fixture grown to `cards` notes (one card each), every card
// in review with `answersPerCard` answers in its review log, one a day with a lapse every seventh, as Anki exports a
// deck "with scheduling information".
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import initSqlJs, { type Database } from 'sql.js';

const DAY_MS = 86_400_000;

const all = (db: Database, query: string) => db.exec(query)[0]?.values ?? [];

export async function ankiHistoryPackage(fixture: string, cards: number, answersPerCard: number): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(readFileSync(fixture)));
  const db = new (await initSqlJs()).Database(files['collection.anki21']);
  const notes = all(db, 'SELECT * FROM notes');
  const noteCards = all(db, 'SELECT * FROM cards');
  const addNote = db.prepare(`INSERT INTO notes VALUES (${notes[0]?.map(() => '?').join(', ')})`);
  const addCard = db.prepare(`INSERT INTO cards VALUES (${noteCards[0]?.map(() => '?').join(', ')})`);
  db.exec('BEGIN');
  // Copies with new ids and guids (columns: notes id, guid, …; cards id, nid, …).
  for (let copy = 1; notes.length * (copy + 1) <= cards; copy++) {
    for (const note of notes) addNote.run([Number(note[0]) + copy * 1e7, `${note[1]}-${copy}`, ...note.slice(2)]);
    for (const card of noteCards) addCard.run([Number(card[0]) + copy * 1e7, Number(card[1]) + copy * 1e7, ...card.slice(2)]);
  }
  const [[crt]] = all(db, 'SELECT crt FROM col') as number[][];
  const today = Math.floor((Date.now() - Number(crt) * 1000) / DAY_MS);
  db.exec(`UPDATE cards SET type = 2, queue = 2, ivl = 10, due = ${today} + (id % 30) - 10`);
  const addAnswer = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, 10, 5, 2500, 6000, ?)');
  all(db, 'SELECT id FROM cards ORDER BY id').forEach(([cid], c) => {
    for (let j = 0; j < answersPerCard; j++) {
      // Epoch ms, unique: one answer a day, the card's index added.
      const at = Date.now() - (answersPerCard - j + 30) * DAY_MS + c;
      addAnswer.run([at, Number(cid), j > 0 && j % 7 === 0 ? 1 : 3, j === 0 ? 0 : 1]);
    }
  });
  db.exec('COMMIT');
  for (const statement of [addNote, addCard, addAnswer]) statement.free();
  const collection = db.export();
  db.close();
  return zipSync({ ...files, 'collection.anki21': collection });
}
