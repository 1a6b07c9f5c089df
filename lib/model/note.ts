import type { Area, Localized } from './card';
import type { HighlightLine } from './highlight';

/** A block of a note's prose, parsed at build time; inline Markdown inside `text` is rendered by the app. */
export type NoteBlock =
  | { t: 'h'; level: number; text: string }
  | { t: 'p'; text: string }
  | { t: 'ul' | 'ol'; items: string[] }
  | { t: 'code'; lang: string; lines: HighlightLine[] }
  /** Where a card block stood: the card is shown there, by its note id. */
  | { t: 'card'; id: string };

export interface TopicNote {
  topic: string;
  /** URL-safe form of the topic, `2-3`. */
  slug: string;
  chapter: number;
  area: Area;
  title: Localized<string>;
  body: Localized<NoteBlock[]>;
  sources: string[];
}

export interface ChapterInfo {
  chapter: number;
  title: Localized<string>;
}

/** The notes as the app shows them, written at build time beside the deck. */
export interface NotesArtifact {
  format: 'kubecards-notes';
  version: 1;
  deckId: string;
  chapters: ChapterInfo[];
  topics: TopicNote[];
}

export const topicSlug = (topic: string) => topic.replace(/\./g, '-');
