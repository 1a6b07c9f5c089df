import type { Localized, ReviewCard } from './card';
import type { MemoryState } from './schedule';

/** The built-in deck's id. */
export const BUILTIN_DECK_ID = 'kubernetes';

/** The key of a card in storage: deck ids keep imported and built-in cards apart. */
export const cardKey = (deckId: string, cardId: string) => `${deckId}/${cardId}`;

/** A card as the app shows it: its content, the key it is stored under and its deck. */
export type StudyCard = ReviewCard & { key: string; deckId: string };

/** The schedule of one card. `version` grows with every write: an answer to an older version is refused. */
export interface CardSchedule extends MemoryState {
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
   * Where the card stands for study, derived on every write: its FSRS state when it may be shown, or
   * SUSPENDED / BURIED / RETIRED.
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

/** A card on the review screen: its content and the schedule (version) an answer to it is checked against. */
export interface SessionCard {
  card: StudyCard;
  schedule: CardSchedule;
}

/**
 * Why a write was refused, in the terms the learner's message needs. Nothing of the write was kept in any case.
 * `newer-version`: a newer Kubecards (another tab) has the database; this page must be reloaded. `replaced`: an undo
 * made in a copy of the data that was replaced since (a restore).
 */
export type WriteFailure =
  | { kind: 'stale' }
  | { kind: 'storage-full' }
  | { kind: 'newer-version' }
  | { kind: 'replaced' }
  | { kind: 'failed'; reason: string };

/** A deck on the home screen: its name, cards and today's counts. */
export interface DeckOverview {
  id: string;
  name: Localized<string>;
  total: number;
  counts: { new: number; learning: number; review: number };
}

// Sub-decks as Anki names them: `Lang::Verbs` is a child of `Lang`. The tree is derived from the names (no stored
// parent), so an import or a rename that names `Parent::Child` places the deck, and backups need nothing new. Kept
// apart from the deck list's tree (deckTree.ts): the review screen needs only this.

/** Anki's separator between a parent deck's name and its child's. */
export const SUBDECK_SEPARATOR = '::';

/** Is the deck named `name` under the deck named `ancestor` (a child, grandchild…)? Names as stored (English). */
export const isUnderDeck = (name: string, ancestor: string) => name.startsWith(ancestor + SUBDECK_SEPARATOR);

/** The deck and every deck under it, the deck first. A deck not among them (not stored yet) stands for itself. */
export function subtreeIds(decks: readonly { id: string; name: { en: string } }[], deckId: string): string[] {
  const root = decks.find((d) => d.id === deckId);
  return [deckId, ...(root ? decks.filter((d) => isUnderDeck(d.name.en, root.name.en)).map((d) => d.id) : [])];
}
