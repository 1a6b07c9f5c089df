import Dexie, { type EntityTable } from 'dexie';
import type { Localized, MemoryState, Rating, ReviewCard } from '../model';
import { type SearchTextRecord, searchTextsOf } from './searchText';

export interface DeckRecord {
  id: string;
  name: Localized<string>;
  source: 'builtin' | 'import';
  /** Content hash of the last applied deck artifact. */
  hash: string;
  updatedAt: number;
  /** This deck's daily new-card limit, when the learner set one (else the global default). */
  newPerDay?: number;
}

/** Card content. Retired cards (removed from the notes) stay, with their history. */
export type CardRecord = ReviewCard & { key: string; deckId: string; retired: 0 | 1 };

/** FSRS state of one card, kept apart from content. `version` grows with every write: stale answers are refused. */
export interface ScheduleRecord extends MemoryState {
  key: string;
  deckId: string;
  noteId: string;
  /** Topic of the notes (`2.3`), for studying one topic. */
  topic: string;
  ord: number;
  /** 1 while the card may be studied; 0 when retired. */
  active: 0 | 1;
  version: number;
  /**
   * Where the card stands for study, derived on every write (see `queueOf`): its FSRS state when it may be shown, or
   * SUSPENDED / BURIED / RETIRED. Indexed with the due time and note order, so a queue and its counts are read
   * through ranges and counts, never by scanning and filtering rows.
   */
  queue?: number;
  /** Area of the card (architecture / api / operations), for mastery statistics. */
  area?: string;
  /** Set aside by the learner (or as a leech) until unsuspended. */
  suspended?: 0 | 1;
  /** Buried until this moment (the next study day), epoch ms. */
  buriedUntil?: number;
  /** Anki-style coloured flag, 0 for none. */
  flag?: number;
  /** Marked once it lapsed too often (the leech threshold). */
  leech?: 0 | 1;
}

/** Queues of cards set aside (a studiable card's queue is its FSRS state, 0–3). */
export const Parked = { Suspended: -1, Buried: -2, Retired: -3 } as const;

/** The queue a schedule row belongs to. */
export function queueOf(s: ScheduleRecord): number {
  if (s.active !== 1) return Parked.Retired;
  if (s.suspended === 1) return Parked.Suspended;
  if ((s.buriedUntil ?? 0) > 0) return Parked.Buried;
  return s.state;
}

/** May this card be shown now? Retired, suspended and buried cards are not. */
export const isStudiable = (s: ScheduleRecord, now: number) => s.active === 1 && s.suspended !== 1 && !((s.buriedUntil ?? 0) > now);

/** One answer. Append-only: the truth from which every schedule can be rebuilt. */
export interface ReviewLogRecord {
  id?: number;
  cardKey: string;
  deckId: string;
  noteId: string;
  rating: Rating;
  /** Epoch ms of the answer. */
  review: number;
  durationMs: number;
  /** The schedule before the answer, so that undo restores it exactly. */
  before: MemoryState;
  /** The schedule version this answer produced. */
  version: number;
  /** The study day it belongs to (`YYYY-MM-DD`), for the daily statistics. */
  day?: string;
  /** A review (default), or a manual change that the log keeps so the schedule can be replayed. */
  kind?: 'review' | 'forget' | 'reschedule';
  /** Siblings this answer buried until the next day (undo unburies them). */
  buried?: string[];
}

/** Totals of one study day, kept up to date by every answer (statistics never rescan the whole log). */
export interface DailyStatsRecord {
  /** `<deckId>|<YYYY-MM-DD>` */
  key: string;
  deckId: string;
  day: string;
  reviews: number;
  /** Answers to cards that were new. */
  learned: number;
  timeMs: number;
  /** Answers by button, Again … Easy. */
  buttons: [number, number, number, number];
  /** Review-state answers by maturity (interval ≥ 21 days), for true retention. */
  youngPass: number;
  youngTotal: number;
  maturePass: number;
  matureTotal: number;
}

/** A media file of imported cards (`<img src="x.jpg">`, `[sound:x.mp3]`), shown offline from here. */
export interface MediaRecord {
  /** The file name the cards use. */
  name: string;
  data: Uint8Array;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type KubecardsDb = Dexie & {
  decks: EntityTable<DeckRecord, 'id'>;
  cards: EntityTable<CardRecord, 'key'>;
  schedule: EntityTable<ScheduleRecord, 'key'>;
  reviewLog: EntityTable<ReviewLogRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  media: EntityTable<MediaRecord, 'name'>;
  dailyStats: EntityTable<DailyStatsRecord, 'key'>;
  searchText: EntityTable<SearchTextRecord, 'deckId'>;
};

export const DB_NAME = 'kubecards';

/** The database on this device was written by a newer Kubecards: this (older) page must not read or write it. */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
}

/** Every schema version ever released, append-only. Indexed fields hold one type each (numbers for time). */
export function openDb(name = DB_NAME): KubecardsDb {
  // Strict: Chromium reports a write done only once it is flushed to disk, so a power loss right after an answer
  // keeps it (its default, relaxed, may lose the last writes). Measured here: +0.4 ms per transaction (p50).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KubecardsDb;
  db.version(1).stores({
    decks: 'id',
    cards: 'key, deckId',
    schedule: 'key, deckId, [deckId+queue+due], [deckId+queue+ord], [deckId+topic], [deckId+noteId], [deckId+state+due]',
    reviewLog: '++id, cardKey, [deckId+review], review',
    settings: 'key',
    media: 'name',
    dailyStats: 'key, deckId, day',
  });
  // 2: the card browser's search text, one record per deck (see searchText.ts); filled by the upgrade to 3.
  db.version(2).stores({ searchText: 'deckId' });
  // 3: the search text also holds each card's kind and tags; rebuilt here for existing cards.
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      await tx.table('searchText').clear();
      await tx.table('searchText').bulkPut(searchTextsOf(await tx.table<CardRecord>('cards').toArray()));
    });
  // Dexie opens a newer database at its own version instead of failing; refuse it before any query runs. (Dexie
  // stores version × 10 natively and may add 1 when it patches a schema, hence the division.)
  db.on('ready', (opened) => {
    const stored = Math.floor(opened.backendDB().version / 10);
    if (stored > opened.verno) throw new NewerDatabaseError(`stored schema ${stored} > ${opened.verno}`);
  });
  // Another tab opened a newer schema (or deleted the database): Dexie would close this connection and silently reopen
  // the newer database on the next query, so this older code would write rows the newer migration never saw. Stay
  // closed instead: every later read and write fails with Dexie's DatabaseClosedError (see writeFailureOf).
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    return false;
  });
  // Every write of a schedule row derives its queue here, in one place: no caller can forget it.
  db.use({
    stack: 'dbcore',
    name: 'schedule-queue',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'schedule') return table;
        return {
          ...table,
          mutate: (req) =>
            table.mutate(
              req.type === 'add' || req.type === 'put'
                ? { ...req, values: req.values.map((row: ScheduleRecord) => ({ ...row, queue: queueOf(row) })) }
                : req,
            ),
        };
      },
    }),
  });
  return db;
}

/** The key of a card in storage: deck ids keep imported and built-in cards apart. */
export const cardKey = (deckId: string, cardId: string) => `${deckId}/${cardId}`;
