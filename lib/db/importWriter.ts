import { type ImportedNote, type ParsedDeck, skipsNote } from '../import/types';
import { newMemoryState, type ReviewCard } from '../model';
import { hashString } from '../notes/hash';
import { markDecksChanged, markNotesChanged } from './contentMarks';
import { addToDailyStats } from './dailyStats';
import { type HistoryReplay, replayHistory } from './importHistory';
import { addLogRows, recordParams } from './logWrites';
import { type CardRecord, cardKey, type KubecardsDb, type ReviewLogRecord, type ScheduleRecord } from './schema';
import { refreshSearchText } from './searchText';

export interface ImportSummary {
  /** Notes. */
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  decks: string[];
  media: number;
  /** Answers taken over from the package's review history. */
  answers: number;
}

/** Rows written per step; a progress report after each. */
const CHUNK = 500;

export const importDeckId = (name: string) => `import-${hashString(name)}`;

/**
 * The deck a note goes to: the name the learner typed names the import, and a note's own deck becomes a sub-deck of
 * it. A package's decks are named from its top deck (the suggested name, replaced by the typed one); Anki's "Default"
 * and an empty path are the import's own deck; any other path (a JSON `deck`, another top deck) goes below it.
 */
export function importedDeckName(noteDeck: string, suggested: string, typed: string): string {
  const path = noteDeck === 'Default' ? '' : noteDeck;
  const inner = path === suggested ? '' : path.startsWith(`${suggested}::`) ? path.slice(suggested.length + 2) : path;
  return inner ? `${typed}::${inner}` : typed;
}

export interface ImportWriteOptions {
  now: number;
  deckName?: string;
  fileName: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Take over the review history an Anki package brings for cards new here (see importHistory.ts). */
  history?: HistoryReplay;
}

/**
 * The one writer for every import format: decks, cards, schedules, media and any review history in ONE transaction
 * (a failure or a cancel writes nothing). A note seen before (same guid) is updated in place and keeps its review
 * history; a package's history is taken only for cards new here, so importing again never counts an answer twice.
 */
export async function writeImport(db: KubecardsDb, parsed: ParsedDeck, options: ImportWriteOptions): Promise<ImportSummary> {
  const rootName = (options.deckName ?? parsed.name).trim() || parsed.name;
  const deckNameOf = (note: ImportedNote) => importedDeckName(note.deck, parsed.name, rootName);
  const total = parsed.notes.reduce((sum, note) => sum + note.cards.length, 0);

  const tables = [db.decks, db.cards, db.schedule, db.media, db.searchText, db.reviewLog, db.dailyStats, db.settings, db.syncContent];
  return db.transaction('rw', tables, async () => {
    const summary: ImportSummary = {
      added: 0,
      updated: 0,
      unchanged: 0,
      skipped: parsed.problems.filter((p) => skipsNote(p.code)).length,
      decks: [],
      media: 0,
      answers: 0,
    };
    const deckNames = [...new Set(parsed.notes.map(deckNameOf))];
    const newDecks: string[] = [];
    for (const name of deckNames) {
      const id = importDeckId(name);
      const existing = await db.decks.get(id);
      if (existing) continue;
      await db.decks.put({ id, name: { en: name, zh: name }, source: 'import', hash: '', updatedAt: options.now });
      newDecks.push(id);
    }
    await markDecksChanged(db, newDecks, options.now);
    summary.decks = deckNames;
    // Decks whose cards change: the ones imported into, and any a note moves out of.
    const touchedDecks = new Set(deckNames.map(importDeckId));
    let ord = await db.schedule.count();
    let done = 0;
    for (let start = 0; start < parsed.notes.length; start += CHUNK) {
      if (options.signal?.aborted) throw new DOMException('import cancelled', 'AbortError');
      const notes = parsed.notes.slice(start, start + CHUNK);
      const histories = notes.flatMap((note) => note.cards.map((card) => card.history));
      const records = notes.flatMap((note) =>
        note.cards.map((card) => toRecord(note, card, importDeckId(deckNameOf(note)), options.fileName)),
      );
      const logWrites: ReviewLogRecord[] = [];
      const existing = await db.cards.bulkGet(records.map((r) => r.key));
      const cardWrites: CardRecord[] = [];
      const scheduleWrites: ScheduleRecord[] = [];
      const noteState = new Map<string, 'added' | 'updated' | 'unchanged'>();
      const movedKeys: string[] = [];
      records.forEach((record, i) => {
        const before = existing[i];
        if (before && before.deckId !== record.deckId) {
          movedKeys.push(record.key);
          touchedDecks.add(before.deckId);
        }
        const merge = (state: 'added' | 'updated' | 'unchanged') => {
          const seen = noteState.get(record.noteId);
          noteState.set(
            record.noteId,
            seen === 'added' || state === 'added' ? 'added' : seen === 'updated' || state === 'updated' ? 'updated' : 'unchanged',
          );
        };
        if (!before) {
          const card = { ...record, ord: ord++ } as CardRecord;
          cardWrites.push(card);
          const history = histories[i];
          const replayed =
            history && options.history
              ? replayHistory(history, { cardKey: card.key, deckId: card.deckId, noteId: card.noteId }, options.history, options.now)
              : null;
          logWrites.push(...(replayed?.log ?? []));
          scheduleWrites.push({
            ...(replayed?.state ?? newMemoryState(options.now)),
            key: card.key,
            deckId: card.deckId,
            noteId: card.noteId,
            topic: '',
            ord: card.ord,
            active: 1,
            version: replayed?.log.length ?? 0,
            ...(replayed && history?.suspended ? { suspended: 1 as const } : {}),
          });
          merge('added');
        } else if (JSON.stringify({ ...before, ord: 0 }) !== JSON.stringify({ ...record, ord: 0 })) {
          cardWrites.push({ ...record, ord: before.ord } as CardRecord);
          merge('updated');
        } else merge('unchanged');
      });
      for (const state of noteState.values()) summary[state]++;
      await markNotesChanged(
        db,
        [...noteState].flatMap(([noteId, state]) => (state === 'unchanged' ? [] : [noteId])),
        options.now,
      );
      // A note that moved to another deck takes its schedule along (the queue reads the schedule's deck).
      const moved = (await db.schedule.bulkGet(movedKeys)).filter((s): s is ScheduleRecord => s !== undefined);
      const deckOf = new Map(records.map((r) => [r.key, r.deckId]));
      for (const row of moved) scheduleWrites.push({ ...row, deckId: deckOf.get(row.key) ?? row.deckId, version: row.version + 1 });
      await db.cards.bulkPut(cardWrites);
      await db.schedule.bulkPut(scheduleWrites);
      if (logWrites.length > 0) {
        // The replay's settings are stored once, so that its rows' params name something.
        if (options.history) await recordParams(db, options.history.scheduler.settings);
        await addLogRows(db, logWrites);
        await addToDailyStats(db, logWrites);
        summary.answers += logWrites.filter((row) => row.kind === undefined).length;
      }
      done += records.length;
      options.onProgress?.(done, total);
    }
    await refreshSearchText(db, touchedDecks);
    for (const [name, data] of parsed.media) await db.media.put({ name, data });
    summary.media = parsed.media.size;
    return summary;
  });
}

/** An imported card as stored (its note order is set by the writer); the import preview shows these too. */
export function toRecord(note: ImportedNote, card: ImportedNote['cards'][number], deckId: string, fileName: string): CardRecord {
  const { facet, history: _history, ...content } = card;
  const line = Number(/line (\d+)/.exec(note.origin)?.[1] ?? 0);
  const source = { path: fileName, line };
  const id = `${note.guid}#${facet}`;
  const review = {
    ...content,
    id,
    noteId: note.guid,
    ord: 0,
    topic: '',
    tags: note.tags,
    source: { en: source, zh: source },
    sources: [],
  } as ReviewCard;
  return { ...review, key: cardKey('import', id), deckId, retired: 0 };
}
