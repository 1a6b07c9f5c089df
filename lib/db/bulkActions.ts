import { BUILTIN_DECK_ID, memoryStateOf, newMemoryState } from '../model';
import { cleanDeckName } from '../model/deckName';
import { isImportedCard, markDecksChanged, markNotesChanged } from './contentMarks';
import { addToDailyStats, countAnswer } from './dailyStats';
import { assertSameData, dataGeneration } from './dataGeneration';
import { importDeckId } from './importWriter';
import { takeBackLogRow } from './logTakeBack';
import { addLogRows } from './logWrites';
import type { CardRecord, KubecardsDb, ReviewLogRecord, ScheduleRecord } from './schema';
import { refreshSearchText } from './searchText';
import { StaleReviewError } from './staleReview';
import { markNotesUndeleted } from './undeletedMarks';

/** What the browser does to many cards at once. `move` to a deck by id, or by a name (created when new). */
export type BulkAction =
  | { type: 'move'; deckId: string }
  | { type: 'moveToNewDeck'; name: string }
  | { type: 'addTag'; tag: string }
  | { type: 'removeTag'; tag: string }
  | { type: 'suspend' }
  | { type: 'unsuspend' }
  | { type: 'reset' }
  | { type: 'deleteNotes' };

/** Everything one bulk action changed, as it was before: what its undo puts back. */
export interface BulkUndo {
  generation: number;
  cards: CardRecord[];
  schedules: ScheduleRecord[];
  /** The version each changed schedule row was left at (absent: the row was deleted). */
  versions: Record<string, number>;
  deletedLog: ReviewLogRecord[];
  addedLogIds: number[];
  createdDeckId?: string;
  decks: string[];
  /** When the notes were deleted (`deleteNotes`): their undo takes that deletion back on every device. */
  notesDeletedAt?: number;
}

export interface BulkResult {
  /** Cards changed (for `deleteNotes`: every card of the notes, siblings included). */
  changed: number;
  /** Cards of the built-in deck left alone by an action that changes notes (its text ships with the app). */
  skipped: number;
  undo: BulkUndo;
}

/** The actions that change a schedule and the log entry each is (so that it syncs and replays on every device). */
const LOGGED: Partial<Record<BulkAction['type'], 'suspend' | 'unsuspend' | 'forget'>> = {
  suspend: 'suspend',
  unsuspend: 'unsuspend',
  reset: 'forget',
};

/** Changes the notes themselves (deck, tags, existence): the built-in deck's notes are the app's, never changed. */
const CHANGES_NOTES = new Set<BulkAction['type']>(['move', 'moveToNewDeck', 'addTag', 'removeTag', 'deleteNotes']);

const cleanName = (name: string) => {
  const clean = cleanDeckName(name);
  if (clean === null) throw new BulkInputError('deckName');
  return clean;
};

const cleanTag = (tag: string) => {
  const clean = tag.trim();
  if (clean === '' || /\s/.test(clean)) throw new BulkInputError('tag');
  return clean;
};

/** A bulk action was asked with an unusable deck name or tag (which field says what is wrong). */
export class BulkInputError extends Error {
  override name = 'BulkInputError';
  constructor(readonly field: 'deck' | 'deckName' | 'tag') {
    super(`bulk action: invalid ${field}`);
  }
}

/**
 * One bulk action on these cards, in one transaction: every change lands, or none (a failed write leaves the data as
 * it was). Suspend, unsuspend and reset (as a forget) are logged per card changed, so that they sync. Deleting notes deletes every card of each
 * note, their answers and their place in the daily totals.
 */
export async function applyBulkAction(db: KubecardsDb, keys: readonly string[], action: BulkAction, now: number): Promise<BulkResult> {
  const tag = action.type === 'addTag' || action.type === 'removeTag' ? cleanTag(action.tag) : '';
  const newDeckName = action.type === 'moveToNewDeck' ? cleanName(action.name) : '';
  const tables = [db.decks, db.cards, db.schedule, db.reviewLog, db.searchText, db.dailyStats, db.settings, db.syncContent];
  return db.transaction('rw', tables, async () => {
    const generation = await dataGeneration(db);
    const found = (await db.schedule.bulkGet([...keys])).filter((s): s is ScheduleRecord => s?.active === 1);
    const allowed = CHANGES_NOTES.has(action.type) ? found.filter((s) => s.deckId !== BUILTIN_DECK_ID) : found;
    const undo: BulkUndo = { generation, cards: [], schedules: [], versions: {}, deletedLog: [], addedLogIds: [], decks: [] };
    const decks = new Set<string>();
    const skipped = found.length - allowed.length;

    if (action.type === 'deleteNotes') {
      const notes = new Map(allowed.map((s) => [`${s.deckId}\n${s.noteId}`, [s.deckId, s.noteId]]));
      const siblings = (
        await Promise.all([...notes.values()].map((note) => db.schedule.where('[deckId+noteId]').equals(note).toArray()))
      ).flat();
      const siblingKeys = siblings.map((s) => s.key);
      undo.schedules = siblings;
      undo.cards = (await db.cards.bulkGet(siblingKeys)).filter((c): c is CardRecord => c !== undefined);
      undo.deletedLog = await db.reviewLog.where('cardKey').anyOf(siblingKeys).toArray();
      for (const row of undo.deletedLog) await countAnswer(db, row, -1);
      await db.reviewLog.bulkDelete(undo.deletedLog.map((row) => row.id as number));
      await db.schedule.bulkDelete(siblingKeys);
      await db.cards.bulkDelete(siblingKeys);
      for (const s of siblings) decks.add(s.deckId);
      undo.decks = [...decks];
      undo.notesDeletedAt = now;
      await refreshSearchText(db, decks);
      await markNotesChanged(db, importedNotesOf(undo.cards), now);
      return { changed: siblings.filter((s) => s.active === 1).length, skipped, undo };
    }

    const schedulePatch = (s: ScheduleRecord): Partial<ScheduleRecord> | null => {
      switch (action.type) {
        case 'suspend':
          return s.suspended === 1 ? null : { suspended: 1 };
        case 'unsuspend':
          return s.suspended === 1 || s.leech === 1 ? { suspended: 0, leech: 0 } : null;
        case 'reset':
          return newMemoryState(now);
        default:
          return null;
      }
    };

    let targetDeck = action.type === 'move' ? action.deckId : '';
    if (action.type === 'moveToNewDeck') {
      const named = (await db.decks.toArray()).find((d) => d.name.en === newDeckName || d.name.zh === newDeckName);
      targetDeck = named?.id ?? importDeckId(newDeckName);
      if (!named) {
        await db.decks.add({ id: targetDeck, name: { en: newDeckName, zh: newDeckName }, source: 'import', hash: '', updatedAt: now });
        undo.createdDeckId = targetDeck;
      }
    }
    // The built-in deck holds only the app's notes (its updates would retire any other card found in it).
    if (action.type === 'move' && (targetDeck === BUILTIN_DECK_ID || !(await db.decks.get(targetDeck)))) throw new BulkInputError('deck');

    const cards = (await db.cards.bulkGet(allowed.map((s) => s.key))) as (CardRecord | undefined)[];
    const scheduleWrites: ScheduleRecord[] = [];
    const cardWrites: CardRecord[] = [];
    const logWrites: ReviewLogRecord[] = [];
    allowed.forEach((s, i) => {
      const card = cards[i];
      let nextCard: CardRecord | null = null;
      let patch: Partial<ScheduleRecord> | null = schedulePatch(s);
      if (card && targetDeck && card.deckId !== targetDeck) {
        nextCard = { ...card, deckId: targetDeck };
        patch = { deckId: targetDeck };
      } else if (card && action.type === 'addTag' && !card.tags.includes(tag)) nextCard = { ...card, tags: [...card.tags, tag] };
      else if (card && action.type === 'removeTag' && card.tags.includes(tag))
        nextCard = { ...card, tags: card.tags.filter((t) => t !== tag) };
      if (nextCard && card) {
        undo.cards.push(card);
        cardWrites.push(nextCard);
        decks.add(card.deckId);
        decks.add(nextCard.deckId);
      }
      // A card whose schedule changes gets a new version, so that a screen showing the old one cannot answer it.
      if (patch || nextCard) {
        const version = s.version + 1;
        undo.schedules.push(s);
        undo.versions[s.key] = version;
        scheduleWrites.push({ ...s, ...patch, version });
      }
      const kind = LOGGED[action.type];
      if (kind && patch && (kind !== 'forget' || s.reps > 0)) {
        const logged = { cardKey: s.key, deckId: s.deckId, noteId: s.noteId, rating: 1 as const, review: now, durationMs: 0 };
        logWrites.push({ ...logged, before: memoryStateOf(s), version: s.version + 1, kind });
      }
    });
    await db.cards.bulkPut(cardWrites);
    await db.schedule.bulkPut(scheduleWrites);
    undo.addedLogIds = (await addLogRows(db, logWrites)).map((row) => row.id as number);
    undo.decks = [...decks];
    await refreshSearchText(db, decks);
    await markNotesChanged(db, importedNotesOf(cardWrites), now);
    if (undo.createdDeckId) await markDecksChanged(db, [undo.createdDeckId], now);
    return { changed: scheduleWrites.length, skipped, undo };
  });
}

/**
 * Takes a bulk action back at `now` in one transaction, if no card it changed was changed since (an answer, another
 * action) and the data is still the copy it was done in; otherwise nothing changes and the error says which card. Its
 * log entries are taken back (those already pushed get `undo` entries that sync); deleted notes come back with their
 * answers on every device, even once their deletion was pushed (`markNotesUndeleted`).
 */
export async function undoBulkAction(db: KubecardsDb, undo: BulkUndo, now: number): Promise<void> {
  const tables = [db.decks, db.cards, db.schedule, db.reviewLog, db.searchText, db.dailyStats, db.settings, db.syncContent];
  await db.transaction('rw', tables, async () => {
    await assertSameData(db, undo.generation);
    const current = await db.schedule.bulkGet(undo.schedules.map((s) => s.key));
    undo.schedules.forEach((before, i) => {
      const stored = current[i];
      const expected = undo.versions[before.key];
      if (expected === undefined ? stored !== undefined : stored?.version !== expected) throw new StaleReviewError(before.key);
    });
    await db.schedule.bulkPut(undo.schedules.map((before) => ({ ...before, version: (undo.versions[before.key] ?? before.version) + 1 })));
    await db.cards.bulkPut(undo.cards);
    if (undo.deletedLog.length > 0) {
      await db.reviewLog.bulkPut(undo.deletedLog);
      await addToDailyStats(db, undo.deletedLog);
    }
    for (const row of await db.reviewLog.bulkGet(undo.addedLogIds)) if (row) await takeBackLogRow(db, row, now);
    if (undo.createdDeckId && (await db.cards.where('deckId').equals(undo.createdDeckId).count()) === 0)
      await db.decks.delete(undo.createdDeckId);
    await refreshSearchText(db, undo.decks);
    if (undo.notesDeletedAt === undefined) await markNotesChanged(db, importedNotesOf(undo.cards), now);
    else await markNotesUndeleted(db, importedNotesOf(undo.cards), undo.notesDeletedAt, now);
    if (undo.createdDeckId) await markDecksChanged(db, [undo.createdDeckId], now);
  });
}

/** The imported notes these cards belong to (the built-in deck's do not sync as content). */
const importedNotesOf = (cards: readonly CardRecord[]) => cards.filter((card) => isImportedCard(card.key)).map((card) => card.noteId);

/** What deleting the notes of these cards takes with it: every card of those notes and their answers (for the question). */
export async function notesDeletionExtent(
  db: KubecardsDb,
  keys: readonly string[],
): Promise<{ cards: number; reviews: number; skipped: number }> {
  const found = (await db.schedule.bulkGet([...keys])).filter((s): s is ScheduleRecord => s?.active === 1);
  const allowed = found.filter((s) => s.deckId !== BUILTIN_DECK_ID);
  const notes = new Map(allowed.map((s) => [`${s.deckId}\n${s.noteId}`, [s.deckId, s.noteId]]));
  const siblings = (
    await Promise.all([...notes.values()].map((note) => db.schedule.where('[deckId+noteId]').equals(note).primaryKeys()))
  ).flat() as string[];
  const reviews = await db.reviewLog.where('cardKey').anyOf(siblings).count();
  return { cards: siblings.length, reviews, skipped: found.length - allowed.length };
}
