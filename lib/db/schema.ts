import Dexie, { type EntityTable } from 'dexie';
import type { Localized, MemoryState, Rating, ReviewCard } from '../model';

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
}

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
};

export const DB_NAME = 'kubecards';

/** Every schema version ever released, append-only. Indexed fields hold one type each (numbers for time). */
export function openDb(name = DB_NAME): KubecardsDb {
  const db = new Dexie(name) as KubecardsDb;
  db.version(1).stores({
    decks: 'id',
    cards: 'key, deckId',
    schedule: 'key, deckId, [deckId+state+due], [deckId+state+ord], [deckId+topic]',
    reviewLog: '++id, cardKey, [deckId+review], review',
    settings: 'key',
    media: 'name',
  });
  return db;
}

/** The key of a card in storage: deck ids keep imported and built-in cards apart. */
export const cardKey = (deckId: string, cardId: string) => `${deckId}/${cardId}`;
