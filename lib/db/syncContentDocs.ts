import type { DeckBody, NoteBody } from './records';

// The documents of imported content in a learner's CouchDB database (lib/sync/README.md): one per note, one per deck,
// one per media file. Notes and decks are versions stamped `(at, by)`, merged last writer wins (lib/sync/noteMerge.ts).

interface Stamped<T> {
  _id: string;
  _rev?: string;
  at: number;
  by: string;
  /** A tombstone: deleted on the device `by` at `at`. */
  deleted?: true;
  /** A live version made again after a deletion: when it was last deleted (its answers up to then stay gone). */
  cleared?: number;
  /** Deletions taken back since (lib/sync/cleared.ts): a device that applied one of them clears nothing by it. */
  undeleted?: number[];
  body?: T;
}

/** `note:<noteId>`: one imported note, and the version of it that lost a concurrent edit (shown to the learner). */
export interface NoteDoc extends Stamped<NoteBody> {
  type: 'note';
  conflict?: { at: number; by: string; body?: NoteBody };
}

export type { DeckBody };

/** `deck:<deckId>`: an imported deck's name and new-card limit, or its tombstone; and the version that lost a concurrent edit. */
export interface DeckDoc extends Stamped<DeckBody> {
  type: 'deck';
  conflict?: { at: number; by: string; body?: DeckBody };
}

/** `media:<sha256>`: one media file as its attachment `file`; pulled with its bytes only when a note needs them. */
export interface MediaDoc {
  _id: string;
  _rev?: string;
  type: 'media';
  _attachments?: Record<string, { content_type: string; data?: string; stub?: boolean }>;
  /** Set on this device when the bytes were fetched for a pulled note (never pushed). */
  data?: Uint8Array;
}

export type ContentDoc = NoteDoc | DeckDoc | MediaDoc;

export const CONTENT_TYPES = new Set(['note', 'deck', 'media']);

export const noteDocId = (noteId: string) => `note:${noteId}`;
export const deckDocId = (deckId: string) => `deck:${deckId}`;
export const mediaDocId = (sha256: string) => `media:${sha256}`;
/** The attachment name of a media document. */
export const MEDIA_FILE = 'file';
