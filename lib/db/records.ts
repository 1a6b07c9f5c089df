import type Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { CardSchedule, Localized, MemoryState, Rating, StudyCard } from '../model';
import type { DayTotals } from '../stats/aggregate';

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
export type CardRecord = StudyCard & { retired: 0 | 1 };

/** FSRS state of one card, kept apart from content (see `CardSchedule`), indexed for queues. */
export type ScheduleRecord = CardSchedule;

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
  /**
   * A review (default), a manual change that the log keeps so the schedule can be replayed (on every device), or an
   * `undo` of an entry that had already been pushed (`target`). Only reviews are answers (see `isAnswer`).
   */
  kind?: 'review' | 'forget' | 'reschedule' | 'suspend' | 'unsuspend' | 'flag' | 'bury' | 'undo';
  /** Siblings this answer buried until the next day (undo unburies them), each with a `bury` entry naming it (`buriedBy`). */
  buried?: string[];
  /** A bury of an answer's sibling: the answer's global id (undoing the answer takes this entry back too). */
  buriedBy?: string;
  /** Global id `<deviceId>:<time>:<sequence>` (schema 4): the same entry on every device (lib/sync/README.md). */
  gid?: string;
  /** A review: the id of the scheduler settings it was graded with (setting `schedulerParams`), for replay. */
  params?: string;
  /** A flag: the flag it set. */
  flag?: number;
  /** A bury: until when. */
  until?: number;
  /** An undo: the global id of the entry it takes back. */
  target?: string;
  /** A reschedule: what it set, for replay. */
  rescheduled?: { due: number; scheduledDays: number };
  /** A review that made the card a leech: marked, and suspended unless the learner only wanted the mark. */
  leech?: 'tag' | 'suspend';
  /** Pulled from another device and not yet replayed here: `before` is a placeholder and the daily totals lack it. */
  unreplayed?: 1;
  /** The state it left, where replay cannot compute it (schema 4 sets it on each card's last older row). */
  settled?: MemoryState;
}

/** Whether a log row is an answer (a review), not a card action or an undo. */
export const isAnswer = (row: ReviewLogRecord): boolean => (row.kind ?? 'review') === 'review';

/** Totals of one study day, kept up to date by every answer (statistics never rescan the whole log). */
export type DailyStatsRecord = DayTotals & {
  /** `<deckId>|<YYYY-MM-DD>` */
  key: string;
  deckId: string;
  day: string;
};

/** A media file of imported cards (`<img src="x.jpg">`, `[sound:x.mp3]`), shown offline from here. */
export interface MediaRecord {
  /** The file name the cards use. */
  name: string;
  data: Uint8Array;
}

export interface SettingRecord {
  key: string;
  value: unknown;
  /** When a synced setting was written (epoch ms), and on which device: last writer wins (lib/sync/lww.ts). */
  at?: number;
  by?: string;
}

/**
 * Sync state of one imported note (`note:<noteId>`) or deck (`deck:<deckId>`) on this device (schema 5): the stamp of
 * the version held here, whether it changed here since the last push, the server's version it was based on, and a
 * version from another device that lost to it (shown to the learner until one is picked). lib/sync/README.md.
 */
export interface SyncContentRecord {
  id: string;
  /** Epoch ms of the version held here, and the device that wrote it (absent: this device, not pushed yet). */
  at: number;
  by?: string;
  /** 1: changed here, not on the server yet. */
  pending: 0 | 1;
  /** `<at>:<by>` of the server's version this device's change started from. */
  base?: string;
  /** 1: deleted (a tombstone: its log entries pulled later are dropped too). */
  deleted?: 1;
  /** Epoch ms of its last deletion (it was made again since): its log entries up to then are dropped everywhere. */
  cleared?: number;
  /** Moments of deletions of it taken back (undone after their tombstone was pushed): they no longer clear anything. */
  undeleted?: number[];
  /** The moment of a deletion of it undone here: its answers go up again with its next push, if the tombstone left. */
  restore?: number;
  /**
   * Deleted here (its tombstone pushed): the log entries of it pulled since, set aside for an undo of the deletion to
   * send again (the device that made them may have dropped them with the tombstone). Synced entries: no local fields.
   */
  setAside?: (Omit<ReviewLogRecord, 'id' | 'before' | 'version'> & { gid: string })[];
  /** The version that lost to this one, edited concurrently on another device (a note's body, or a deck's). */
  conflict?: { at: number; by: string; body?: NoteBody | DeckBody };
}

/** An imported deck as every device shares it (its `deck:<id>` document's body). */
export interface DeckBody {
  name: Localized<string>;
  newPerDay?: number;
}

/** An imported note as every device shares it: its cards (their place in this device's note order stays local). */
export interface NoteBody {
  deckId: string;
  /** So that a note arriving before its deck's document still lands in a deck of the right name. */
  deckName: string;
  cards: Omit<CardRecord, 'ord'>[];
  /** The media its cards show, by name: the sha-256 of each file (its `media:<sha256>` document). */
  media: Record<string, string>;
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
  syncContent: EntityTable<SyncContentRecord, 'id'>;
};

/**
 * The searchable text of one deck's cards, kept in one record: IndexedDB reads one large value far faster than many
 * small rows (100k card rows take ~0.9 s in Chromium here; this record, ~60 ms), and a substring search of one string
 * is a few `indexOf` calls. Every writer of cards rebuilds its decks' record in the same transaction. (Schema 3 added
 * the kinds and tags; its upgrade rebuilt every record.)
 */
export interface SearchTextRecord {
  deckId: string;
  /** Card keys, in note order. */
  keys: string[];
  /** Each card's place in note order. */
  ords: Int32Array;
  /** Where each card's text starts in `text`, and one last entry for the end. */
  starts: Int32Array;
  /** Every card's text in both languages, lower case, each card ending with a line break (none inside). */
  text: string;
  /** Each card's kind and tags, so that those filters read no card rows either. */
  kinds: string[];
  tags: string[][];
}
