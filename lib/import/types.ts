import type { Rating, ReviewCard } from '../model';

/** What every parser produces: one intermediate form, written by one writer. */
export interface ParsedDeck {
  /** Suggested deck name (file name, package deck, or header). */
  name: string;
  format: ImportFormat;
  notes: ImportedNote[];
  /** Media files by the name the cards use (`<img src="x.jpg">`, `[sound:x.mp3]`). */
  media: Map<string, Uint8Array>;
  /** Rows or notes that were skipped, with where and why. */
  problems: ImportProblem[];
  /** Text formats: whether the first row was read as column names (detected, or as the learner said). */
  headerRow?: boolean;
}

export type ImportFormat = 'apkg' | 'colpkg' | 'anki-text' | 'csv' | 'quizlet' | 'kubecards-json' | 'kubecards-markdown';

export interface ImportedNote {
  /** Stable identity across re-imports: Anki's guid, the JSON id, or a hash of the first field. */
  guid: string;
  /** Subdeck path inside the import, `A::B` (empty: the import's own deck). */
  deck: string;
  tags: string[];
  /** Where it came from, for messages: line (text) or note id (Anki). */
  origin: string;
  cards: ImportedCard[];
}

/**
 * A card as the writer stores it, less what the writer assigns (ids, order, source). Imported decks have one language:
 * both sides of `content` hold the same text. HTML fields (`html: true`) are sanitized when rendered, never trusted.
 */
export type ImportedCard = ReviewCard extends infer C
  ? C extends ReviewCard
    ? Omit<C, 'id' | 'noteId' | 'ord' | 'topic' | 'source' | 'sources' | 'tags' | 'area'> & { facet: string; history?: ImportedHistory }
    : never
  : never;

/** What an Anki package knows of a card's study: its answers (the package's review log) and where Anki left it. */
export interface ImportedHistory {
  /** In the order given. */
  answers: { at: number; rating: Rating; durationMs: number }[];
  /** When Anki has it due next (epoch ms). */
  due: number;
  suspended: boolean;
}

/** The same text in both languages: imported decks are single-language. */
export const both = <T>(value: T) => ({ en: value, zh: value });

export interface ImportProblem {
  /** 1-based line (text formats) or a note reference (`note 1234`). */
  where: string;
  code: ProblemCode;
  detail?: string;
}

export type ProblemCode =
  | 'too-many-fields'
  | 'too-few-fields'
  | 'empty-front'
  | 'duplicate'
  | 'unknown-notetype'
  | 'missing-media'
  | 'field-too-large'
  | 'invalid-card';

/** Does this problem leave a note (or row) out? A missing media file does not: its note comes in without the file. */
export const skipsNote = (code: ProblemCode) => code !== 'missing-media';

/** A whole-file failure: nothing is imported. Codes are mapped to messages in the i18n catalog. */
export interface ImportError {
  code: ImportErrorCode;
  /** 1-based line, when the failure has one. */
  line?: number;
  detail?: string;
}

export type ImportErrorCode =
  | 'storage-full'
  | 'write-failed'
  | 'unsupported-format'
  | 'file-too-large'
  | 'empty-file'
  | 'not-utf8'
  | 'unterminated-quote'
  | 'bad-json'
  | 'bad-json-schema'
  | 'newer-json-version'
  | 'bad-markdown'
  | 'bad-zip'
  | 'zip-bomb'
  | 'no-collection'
  | 'bad-database'
  | 'no-notes';

export type ParseResult = { ok: true; deck: ParsedDeck } | { ok: false; error: ImportError };

/** Limits that keep a hostile file from taking the tab down. */
export const LIMITS = {
  /** The largest file accepted at all. */
  fileBytes: 200 * 1024 * 1024,
  /** The most a package may expand to when unpacked (zip and zstd). */
  unpackedBytes: 1024 * 1024 * 1024,
  /** A single field longer than this is skipped (a 5 MB field is not a flashcard). */
  fieldChars: 1024 * 1024,
};

/** The refusal of a file over the size limit (checked on the size alone, before anything is read). */
export const fileTooLarge = (): ImportError => ({ code: 'file-too-large', detail: `${Math.round(LIMITS.fileBytes / 1024 / 1024)} MB` });
