import { stampOf, takesPulled } from '../sync';
import { clearedOf, laterClear } from '../sync/cleared';
import { standing, undeletedOf } from '../sync/undeleted';
import { dropClearedAnswers, keepsEntry } from './clearedAnswers';
import { countAnswers } from './dailyStats';
import { removeDeckRows } from './decks';
import { thisDeviceId } from './logWrites';
import { sha256Hex } from './mediaHash';
import { importedNoteLog } from './noteLog';
import { type NoteOrder, type NotePlacement, placeNotesCards } from './noteWriter';
import type { CardRecord, KubecardsDb, MediaRecord, ScheduleRecord, SyncContentRecord } from './records';
import { refreshSearchText } from './searchText';
import { getSetting, setSetting } from './settings';
import {
  type ContentDoc,
  type DeckDoc,
  deckDocId,
  MEDIA_FILE,
  type MediaDoc,
  mediaDocId,
  type NoteDoc,
  noteDocId,
} from './syncContentDocs';
import type { ContentRemote } from './syncContentPush';
import { noteCards } from './syncContentPush';
import type { SyncDoc, SyncedEntry } from './syncDocs';

/** The tables a pull of imported content writes, besides the log's. */
export const contentTables = (db: KubecardsDb) => [db.decks, db.cards, db.searchText, db.media, db.syncContent];

const isDoc =
  <T extends ContentDoc>(type: T['type']) =>
  (doc: SyncDoc): doc is T =>
    doc.type === type;

/**
 * Before a pulled batch is applied (outside its transaction: a download there would end it), fetches the media files
 * its notes show that this device lacks or holds other bytes of; each comes back as its `media:` document with `data`.
 */
export async function withNeededMedia(db: KubecardsDb, remote: ContentRemote, docs: readonly SyncDoc[]): Promise<SyncDoc[]> {
  const wanted = new Map<string, string>();
  for (const note of docs.filter(isDoc<NoteDoc>('note')))
    for (const [name, sha] of Object.entries(note.body?.media ?? {})) wanted.set(name, sha);
  if (wanted.size === 0) return [...docs];
  const names = [...wanted.keys()];
  const held = await db.media.bulkGet(names);
  const needed = new Set<string>();
  for (const [i, name] of names.entries()) {
    const file = held[i];
    const sha = wanted.get(name) as string;
    if (!file || (await sha256Hex(file.data)) !== sha) needed.add(sha);
  }
  const fetched: MediaDoc[] = [];
  for (const sha of needed) {
    const data = await remote.attachment(mediaDocId(sha), MEDIA_FILE).catch((error: unknown) => {
      // A file the server never got (its device's push was cut before it) must not stop every later pull: the note
      // lands without it, as an import whose package lacked it.
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    });
    if (!data) continue;
    if ((await sha256Hex(data)) !== sha) throw new Error(`media ${sha}: the server sent other bytes`);
    fetched.push({ _id: mediaDocId(sha), type: 'media', data });
  }
  return [...docs, ...fetched];
}

/** What the pull tells the placing of its notes' cards. */
export interface NotePlacing {
  /** The place in note order the next new card takes (`noteOrder`, counted once per pull: a count reads the whole schedule). */
  order(): Promise<NoteOrder>;
  /** A new card's first schedule: the replay of the answers pulled before it. */
  newSchedule(schedule: ScheduleRecord): ScheduleRecord;
  /**
   * No imported card was here when the pull began. Every other writer of imported cards marks their notes' sync rows
   * (read with the batch), so a pulled note without one has no card here: its cards are not looked for (100k reads,
   * each empty, for a fresh device pulling 100k notes).
   */
  noCardsBefore: boolean;
}

export interface ContentApplied {
  /** Cards this batch brought that were not here: their schedules are rebuilt from the log they may already have. */
  placed: string[];
  /**
   * Whether a pulled log entry is kept: not one of a deleted deck or note (it left this device with them), nor one made
   * before the last deletion of a deck or note made again since; unless its document takes that deletion back
   * (`undeletes`: the answers sent again by the device that undid it).
   */
  keeps(entry: { deckId: string; noteId: string; review: number }, undeletes?: number): boolean;
  /** Cards whose answers from before such a deletion left their log here: any replay of them held by the pull is stale. */
  cleared: string[];
}

/**
 * Applies the pulled decks and notes of a batch in the pull's transaction (lib/db/syncApply.ts): each server version
 * replaces this device's unless a change made here waits to be pushed (the next push merges them). The notes go
 * through the editor's writer, all of the batch's at once (`placeNotesCards`), new cards taking their place in note
 * order with the schedule the answers pulled before them give (`placing`); a tombstone removes the deck or note with
 * its answers, as deleting it here does.
 */
export async function applyContent(db: KubecardsDb, docs: readonly SyncDoc[], placing: NotePlacing): Promise<ContentApplied> {
  const files = new Map(docs.filter(isDoc<MediaDoc>('media')).flatMap((doc) => (doc.data ? [[doc._id, doc.data]] : [])));
  const decks = docs.filter(isDoc<DeckDoc>('deck'));
  const notes = docs.filter(isDoc<NoteDoc>('note'));
  const rows = new Map(
    (await db.syncContent.bulkGet([...decks, ...notes].map((doc) => doc._id))).flatMap((row) => (row ? [[row.id, row]] : [])),
  );
  const touched = new Set<string>();
  const cleared: string[] = [];
  /** A version made again after a deletion this device has not seen: the moment its answers from before leave here. */
  const clearsHere = (doc: DeckDoc | NoteDoc): number | undefined => {
    const moment = clearedOf(doc);
    const known = rows.get(doc._id)?.cleared;
    return !doc.deleted && moment !== undefined && (known === undefined || moment > known) ? moment : undefined;
  };
  // Only for the versions that need it: awaiting a function that reads nothing, once per note of a large batch, lets
  // the transaction commit under it (a PrematureCommitError in the sync unit tests).
  const dropCleared = async (doc: DeckDoc | NoteDoc, moment: number) => {
    cleared.push(...(await dropClearedAnswers(db, doc._id, moment, doc.at)));
  };
  const rowOf = (doc: DeckDoc | NoteDoc): SyncContentRecord => {
    const held = rows.get(doc._id);
    // A deletion taken back since: the moment it gave its answers no longer drops them.
    const undeleted = undeletedOf(held?.undeleted, doc.undeleted);
    return {
      id: doc._id,
      at: doc.at,
      by: doc.by,
      pending: 0,
      base: stampOf(doc),
      ...(doc.deleted ? { deleted: 1 as const } : {}),
      ...withCleared(laterClear(standing(held?.cleared, undeleted), clearedOf(doc))),
      ...(undeleted ? { undeleted } : {}),
      ...(doc.conflict ? { conflict: doc.conflict } : {}),
    };
  };

  for (const doc of decks) {
    if (!takesPulled(rows.get(doc._id), doc)) continue;
    const deckId = doc._id.slice('deck:'.length);
    if (doc.deleted) await removeDeckRows(db, deckId);
    else if (doc.body) {
      const { newPerDay: _old, ...held } = (await db.decks.get(deckId)) ?? {
        id: deckId,
        source: 'import' as const,
        hash: '',
        updatedAt: doc.at,
      };
      await db.decks.put({ ...held, name: doc.body.name, ...(doc.body.newPerDay === undefined ? {} : { newPerDay: doc.body.newPerDay }) });
      const moment = clearsHere(doc);
      if (moment !== undefined) await dropCleared(doc, moment);
    }
    await db.syncContent.put(rowOf(doc));
  }
  const taken = notes.filter((doc) => takesPulled(rows.get(doc._id), doc));
  const placements: NotePlacement[] = [];
  const media: MediaRecord[] = [];
  const decksHere = new Set<string>();
  for (const doc of taken) {
    const noteId = doc._id.slice('note:'.length);
    if (doc.deleted || !doc.body) {
      await removeNoteRows(db, noteId, touched);
      continue;
    }
    const { deckId, deckName, cards } = doc.body;
    if (!decksHere.has(deckId)) await ensureDeck(db, deckId, deckName, doc.at);
    decksHere.add(deckId);
    placements.push({
      noteId,
      deckId,
      records: cards.map((card) => ({ ...card, ord: 0 }) as CardRecord),
      at: doc.at,
      noneHere: placing.noCardsBefore && !rows.has(doc._id),
    });
    for (const [name, sha] of Object.entries(doc.body.media)) {
      const data = files.get(mediaDocId(sha));
      if (data) media.push({ name, data });
    }
  }
  const clearedBefore = new Set(cleared);
  const { addedKeys } = await placeNotesCards(db, placements, touched, {
    keepSource: false,
    order: await placing.order(),
    // A card whose answers a deck's clearing just dropped starts over as new: the rebuild replays what is left.
    newSchedule: (schedule) => (clearedBefore.has(schedule.key) ? schedule : placing.newSchedule(schedule)),
  });
  await db.media.bulkPut(media);
  for (const doc of taken) {
    const moment = clearsHere(doc);
    if (moment !== undefined) await dropCleared(doc, moment);
  }
  await db.syncContent.bulkPut(taken.map(rowOf));
  // A deck's search text is built from all its cards: once after the pull, not once per batch (a fresh device pulling
  // 100k notes would read its deck back 1,000 times). Marked in the batch's transaction, so a pull cut short still has it.
  const stale = new Set([...((await getSetting(db, 'syncStaleSearchText')) ?? []), ...touched]);
  if (stale.size > 0) await setSetting(db, 'syncStaleSearchText', [...stale]);
  return { placed: addedKeys, keeps: await keepsOf(db, docs), cleared };
}

/** Rebuilds the search text of the decks pulls changed (one transaction; nothing to do is cheap). */
export async function refreshStaleSearchText(db: KubecardsDb): Promise<void> {
  await db.transaction('rw', [db.cards, db.searchText, db.settings], async () => {
    const stale = await getSetting(db, 'syncStaleSearchText');
    if (!stale) return;
    await refreshSearchText(db, stale);
    await db.settings.delete('syncStaleSearchText');
  });
}

/** A note's deck, made from the name the note carries when it is not here (yet, or any more). */
export async function ensureDeck(db: KubecardsDb, deckId: string, name: string, at: number): Promise<void> {
  if (!(await db.decks.get(deckId)))
    await db.decks.put({ id: deckId, name: { en: name, zh: name }, source: 'import', hash: '', updatedAt: at });
}

/**
 * Removes a note's cards, schedules and answers (and their place in the daily totals), as deleting it here does; its
 * answers pulled while its cards were not here too.
 */
async function removeNoteRows(db: KubecardsDb, noteId: string, touched: Set<string>): Promise<void> {
  const cards = await noteCards(db, noteId);
  const keys = cards.map((card) => card.key);
  const log = await importedNoteLog(db, noteId);
  // Rows waiting for a rebuild were never counted.
  await countAnswers(
    db,
    log.filter((row) => !row.unreplayed).map((row) => [row, -1] as const),
  );
  await db.reviewLog.bulkDelete(log.map((row) => row.id as number));
  await db.schedule.bulkDelete(keys);
  await db.cards.bulkDelete(keys);
  for (const card of cards) touched.add(card.deckId);
}

/**
 * Pulled log entries of a deck or note deleted here (now, or before it was made again) are not kept. Those of a note
 * this device deleted are set aside on its sync row: an undo of the deletion sends them again (syncRestoredAnswers.ts).
 */
async function keepsOf(db: KubecardsDb, docs: readonly SyncDoc[]): Promise<ContentApplied['keeps']> {
  const entries = docs.flatMap((doc) => (doc.type === 'log' ? doc.entries : []));
  const ids = [...new Set(entries.flatMap((entry) => [deckDocId(entry.deckId), noteDocId(entry.noteId)]))];
  const gone = new Map(
    (await db.syncContent.bulkGet(ids)).flatMap((row) => (row?.deleted || row?.cleared !== undefined ? [[row.id, row]] : [])),
  );
  const keeps: ContentApplied['keeps'] = (entry, undeletes) =>
    gone.size === 0 || keepsEntry(entry, gone.get(deckDocId(entry.deckId)), gone.get(noteDocId(entry.noteId)), undeletes);
  if ([...gone.values()].some((row) => row.deleted && row.id.startsWith('note:')))
    await setAside(
      db,
      docs.flatMap((doc) => (doc.type === 'log' ? doc.entries.filter((entry) => !keeps(entry, doc.undeletes)) : [])),
      gone,
    );
  return keeps;
}

/** Entries of notes this device deleted, not of a deck deleted too, onto their notes' sync rows (each once). */
async function setAside(db: KubecardsDb, dropped: readonly SyncedEntry[], rows: ReadonlyMap<string, SyncContentRecord>): Promise<void> {
  const device = await thisDeviceId(db);
  const byNote = new Map<string, SyncedEntry[]>();
  for (const entry of dropped) {
    const note = rows.get(noteDocId(entry.noteId));
    if (!note?.deleted || note.by !== device || rows.get(deckDocId(entry.deckId))?.deleted) continue;
    const held = byNote.get(note.id) ?? [...(note.setAside ?? [])];
    held.push(entry);
    byNote.set(note.id, held);
  }
  await db.syncContent.bulkPut(
    [...byNote].map(([id, held]) => ({
      ...(rows.get(id) as SyncContentRecord),
      setAside: [...new Map(held.map((entry) => [entry.gid, entry])).values()],
    })),
  );
}

const withCleared = (cleared: number | undefined) => (cleared === undefined ? {} : { cleared });
