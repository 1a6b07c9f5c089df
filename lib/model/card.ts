/** The two languages the built-in deck is written in. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export type Localized<T> = Record<Lang, T>;

/** Where a card was authored: `path:line`, one per language. */
export type SourceRef = Localized<{ path: string; line: number }>;

interface ReviewCardBase {
  /** `<noteId>` or `<noteId>#<facet>`; unique within its deck, never reused. */
  id: string;
  noteId: string;
  /** Position in note order: new cards are introduced in this order. */
  ord: number;
  topic: string;
  tags: string[];
  source: SourceRef;
}

export interface BasicCard extends ReviewCardBase {
  kind: 'basic';
  content: Localized<{ front: string; back: string }>;
}

export interface ClozeCard extends ReviewCardBase {
  kind: 'cloze';
  /** Which `{{cN::…}}` this card hides. */
  cloze: number;
  content: Localized<{ text: string; extra?: string }>;
}

export interface CommandCard extends ReviewCardBase {
  kind: 'command';
  /** Language-neutral: the canonical command and other accepted spellings. */
  answer: string;
  accept: string[];
  content: Localized<{ task: string; explain?: string }>;
}

export type ReviewCard = BasicCard | ClozeCard | CommandCard;
export type CardKind = ReviewCard['kind'];
export const CARD_KINDS: readonly CardKind[] = ['basic', 'cloze', 'command'];

export interface TopicInfo {
  topic: string;
  chapter: number;
  title: Localized<string>;
  k8s: string;
  sources: string[];
  path: Localized<string>;
}

/** The compiled built-in deck, written at build time and loaded by the app. */
export interface DeckArtifact {
  format: 'kubecards-deck';
  version: 1;
  deckId: string;
  name: Localized<string>;
  /** Content hash: the app skips the deck update when it has not changed. */
  hash: string;
  topics: TopicInfo[];
  cards: ReviewCard[];
}
