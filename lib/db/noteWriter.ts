import { type DraftProblem, type NoteDraft, noteProblems, noteToCards } from '../import/noteDraft';
import type { ImportedNote } from '../import/types';
import { cardKey, newMemoryState } from '../model';
import { cleanDeckName } from '../model/deckName';
import { markDecksChanged, markNotesChanged } from './contentMarks';
import { importDeckId, toRecord } from './importWriter';
import type { CardRecord, DeckRecord, KubecardsDb, ScheduleRecord } from './records';
import { refreshSearchText } from './searchText';

/** One note to write: a new one (an id nobody used) or an edited one (its id). */
export interface NoteWrite {
  noteId: string;
  /** `Parent::Child`; a deck of that name is created when there is none. */
  deckName: string;
  tags: string[];
  draft: NoteDraft;
  /** Images the note's fields show (`<img src="name">`), stored with it. */
  media?: ReadonlyMap<string, Uint8Array>;
}

export interface NoteWriteResult {
  deckId: string;
  /** The keys of the note's active cards, in note order. */
  keys: string[];
  added: number;
  updated: number;
  retired: number;
}

/** A note that may not be saved, with every field at fault; nothing was written. */
export class NoteValidationError extends Error {
  override name = 'NoteValidationError';
  constructor(readonly problems: DraftProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join(', '));
  }
}

/** Where the editor's source is recorded on a card it made. */
const EDITOR_SOURCE = 'editor';

/**
 * Writes notes the learner added or edited, in ONE transaction (a failure writes nothing), through the same records and
 * search text as imports (`toRecord`, `refreshSearchText`). A card keeps its id (`<noteId>#<facet>`), so its schedule and
 * review history stay with it; a facet the note no longer makes (a cloze number removed, the reverse turned off) retires
 * its card, history kept, and one it makes again comes back. Moving a note to another deck takes its schedules along.
 * Images the notes show are stored with them. No answer is written, so the daily totals are untouched. The browser's bulk operations call this with many notes.
 */
export async function writeNotes(db: KubecardsDb, writes: readonly NoteWrite[], now: number): Promise<NoteWriteResult[]> {
  const problems = writes.flatMap(noteProblems);
  if (problems.length > 0) throw new NoteValidationError(problems);
  return db.transaction('rw', [db.decks, db.cards, db.schedule, db.searchText, db.media, db.syncContent], async () => {
    const touched = new Set<string>();
    const order = await noteOrder(db);
    const results: NoteWriteResult[] = [];
    for (const write of writes) {
      results.push(await writeOne(db, write, now, touched, order));
      for (const [name, data] of write.media ?? []) await db.media.put({ name, data });
    }
    await refreshSearchText(db, touched);
    await markNotesChanged(
      db,
      writes.map((write) => write.noteId),
      now,
    );
    return results;
  });
}

/** One note; see `writeNotes`. */
export async function writeNote(db: KubecardsDb, write: NoteWrite, now: number): Promise<NoteWriteResult> {
  const [result] = await writeNotes(db, [write], now);
  return result as NoteWriteResult;
}

async function writeOne(db: KubecardsDb, write: NoteWrite, now: number, touched: Set<string>, order: NoteOrder): Promise<NoteWriteResult> {
  const deckId = await deckFor(db, cleanDeckName(write.deckName) as string, now);
  const note: ImportedNote = { guid: write.noteId, deck: '', tags: write.tags, origin: EDITOR_SOURCE, cards: noteToCards(write.draft) };
  const records = note.cards.map((card) => toRecord(note, card, deckId, EDITOR_SOURCE));
  return placeNoteCards(db, write.noteId, deckId, records, now, touched, { keepSource: true, order });
}

/** The place in note order the next new card takes; counted once per transaction (a count reads the whole index). */
export interface NoteOrder {
  next: number;
}
export const noteOrder = async (db: KubecardsDb): Promise<NoteOrder> => ({ next: await db.schedule.count() });

/** One note's cards to put in place (`at`: when the note was written, the new cards' creation time). */
export interface NotePlacement {
  noteId: string;
  deckId: string;
  records: readonly CardRecord[];
  at: number;
  /** Known to have no card here (a fresh device's pull): nothing to read. */
  noneHere?: boolean;
}

/**
 * Puts one note's cards where `records` say (the editor's, or a note pulled by sync): new cards are added as new, edited
 * ones updated in place (their schedule and history stay), cards the note no longer makes retired, moved ones take
 * their schedules along. `keepSource`: an edit keeps where each card first came from.
 */
export async function placeNoteCards(
  db: KubecardsDb,
  noteId: string,
  deckId: string,
  records: readonly CardRecord[],
  now: number,
  touched: Set<string>,
  options: PlaceOptions,
): Promise<NoteWriteResult> {
  const { results } = await placeNotesCards(db, [{ noteId, deckId, records, at: now }], touched, options);
  return results[0] as NoteWriteResult;
}

interface PlaceOptions {
  keepSource: boolean;
  order: NoteOrder;
  /** A new card's first schedule (a pulled card: what the answers pulled before it give), so it is written once. */
  newSchedule?: (schedule: ScheduleRecord) => ScheduleRecord;
}

/**
 * `placeNoteCards` for many notes (each id once) at the cost of a few requests: their cards read together, their
 * writes put in one go (a fresh device pulling 100k notes placed them one by one, seven requests each, in minutes).
 * Returns each note's result, and the keys of the cards that were not here (new, with a new schedule).
 */
export async function placeNotesCards(
  db: KubecardsDb,
  placements: readonly NotePlacement[],
  touched: Set<string>,
  options: PlaceOptions,
): Promise<{ results: NoteWriteResult[]; addedKeys: string[] }> {
  const held = await Promise.all(
    placements.map(({ noteId, noneHere }) => (noneHere ? new Map<string, CardRecord>() : heldCardsOf(db, noteId))),
  );
  const heldKeys = held.flatMap((cards) => [...cards.keys()]);
  const schedules = new Map(
    (await db.schedule.bulkGet(heldKeys)).filter((s): s is ScheduleRecord => s !== undefined).map((s) => [s.key, s]),
  );
  const writes: PlacementWrites = { cards: [], schedules: [], addedKeys: [] };
  const results = placements.map((placement, i) =>
    planPlacement(placement, held[i] as Map<string, CardRecord>, schedules, touched, options, writes),
  );
  await db.cards.bulkPut(writes.cards);
  await db.schedule.bulkPut(writes.schedules);
  return { results, addedKeys: writes.addedKeys };
}

/** A note's cards here, retired ones included (found by their keys, `<noteId>#<facet>`). */
async function heldCardsOf(db: KubecardsDb, noteId: string): Promise<Map<string, CardRecord>> {
  const cards = await db.cards
    .where('key')
    .startsWith(cardKey('import', `${noteId}#`))
    .filter((card) => card.noteId === noteId)
    .toArray();
  return new Map(cards.map((card) => [card.key, card]));
}

interface PlacementWrites {
  cards: CardRecord[];
  schedules: ScheduleRecord[];
  addedKeys: string[];
}

/** What placing one note writes, given its cards and schedules here (see `placeNoteCards`). */
function planPlacement(
  { deckId, records, at }: NotePlacement,
  existing: ReadonlyMap<string, CardRecord>,
  schedules: ReadonlyMap<string, ScheduleRecord>,
  touched: Set<string>,
  { keepSource, order, newSchedule }: PlaceOptions,
  writes: PlacementWrites,
): NoteWriteResult {
  touched.add(deckId);
  const result: NoteWriteResult = { deckId, keys: records.map((r) => r.key), added: 0, updated: 0, retired: 0 };
  for (const record of records) {
    const before = existing.get(record.key);
    const schedule = schedules.get(record.key);
    if (!before || !schedule) {
      const card = { ...record, ord: order.next++ } as CardRecord;
      writes.cards.push(card);
      const schedule: ScheduleRecord = {
        ...newMemoryState(at),
        key: card.key,
        deckId,
        noteId: card.noteId,
        topic: '',
        ord: card.ord,
        active: 1,
        version: 0,
      };
      writes.schedules.push(newSchedule ? newSchedule(schedule) : schedule);
      writes.addedKeys.push(card.key);
      result.added++;
      continue;
    }
    touched.add(before.deckId);
    const card = { ...record, ord: before.ord, ...(keepSource ? { source: before.source } : {}) } as CardRecord;
    if (JSON.stringify(card) !== JSON.stringify(before)) {
      writes.cards.push(card);
      result.updated++;
    }
    // A card brought back or moved: its schedule follows (the queue reads the schedule's deck and activity).
    if (schedule.active !== 1 || schedule.deckId !== deckId)
      writes.schedules.push({ ...schedule, active: 1, deckId, version: schedule.version + 1 });
  }
  const kept = new Set(result.keys);
  for (const [key, before] of existing) {
    if (kept.has(key) || before.retired === 1) continue;
    touched.add(before.deckId);
    writes.cards.push({ ...before, retired: 1 });
    const schedule = schedules.get(key);
    if (schedule) writes.schedules.push({ ...schedule, active: 0, version: schedule.version + 1 });
    result.retired++;
  }
  return result;
}

/** The deck of this name, created when there is none (an import of that name would land in the same deck). */
async function deckFor(db: KubecardsDb, name: string, now: number): Promise<string> {
  const decks = await db.decks.toArray();
  const named = decks.find((deck) => deck.name.en === name && deck.source === 'import');
  if (named) return named.id;
  // A renamed deck may still hold the id its old name hashed to.
  const taken = new Set(decks.map((deck) => deck.id));
  let id = importDeckId(name);
  for (let n = 2; taken.has(id); n++) id = importDeckId(`${name}\u0000${n}`);
  const deck: DeckRecord = { id, name: { en: name, zh: name }, source: 'import', hash: '', updatedAt: now };
  await db.decks.put(deck);
  await markDecksChanged(db, [id], now);
  return id;
}
