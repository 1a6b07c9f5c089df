import type { HighlightLine } from './highlight';

/** The two languages the built-in deck is written in. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export type Localized<T> = Record<Lang, T>;

/** Where a card was authored: `path:line`, one per language. */
export type SourceRef = Localized<{ path: string; line: number }>;

export const AREAS = ['architecture', 'api', 'operations'] as const;
export type Area = (typeof AREAS)[number];

/** CKA and CKAD v1.35 curriculum domains, used as tags. */
export const EXAM_DOMAINS = [
  'cka-troubleshooting',
  'cka-architecture',
  'cka-networking',
  'cka-workloads',
  'cka-storage',
  'ckad-config-security',
  'ckad-design',
  'ckad-deployment',
  'ckad-networking',
  'ckad-observability',
] as const;
export type ExamDomain = (typeof EXAM_DOMAINS)[number];

/** Whether a string (a URL parameter, say) names one of the CKA/CKAD domains. (Here, not beside the competencies: the
 * review screen needs it, and must not load the whole curriculum.) */
export function isExamDomain(value: string): value is ExamDomain {
  return (EXAM_DOMAINS as readonly string[]).includes(value);
}

export const PLANES = ['control-plane', 'node', 'addon'] as const;
export type Plane = (typeof PLANES)[number];

interface ReviewCardBase {
  /** `<noteId>` or `<noteId>#<facet>`; unique within its deck, never reused. */
  id: string;
  noteId: string;
  /** Position in note order: new cards are introduced in this order. */
  ord: number;
  topic: string;
  area?: Area;
  tags: string[];
  source: SourceRef;
  /** Where the facts come from: kubernetes.io doc paths (`docs/...`) or a project's docs URL. */
  sources: string[];
  /** CKA/CKAD curriculum competencies the card trains (ids from `COMPETENCIES`); built-in cards only. */
  competencies?: string[];
  /** Imported cards whose text is HTML (Anki): sanitized when rendered, never trusted. */
  html?: boolean;
}

export interface BasicCard extends ReviewCardBase {
  kind: 'basic';
  content: Localized<{ front: string; back: string }>;
  /** Anki's "type in the answer": the learner types the back, which is compared. */
  typeIn?: boolean;
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
  /** The answer coloured as shell at build time. */
  answerLine?: HighlightLine;
  content: Localized<{ task: string; explain?: string }>;
}

/** An architecture component: asked by role (→ name) or by name (→ role and where it runs). */
export interface ComponentCard extends ReviewCardBase {
  kind: 'component';
  facet: 'name' | 'role';
  name: string;
  plane: Plane;
  ports: string[];
  content: Localized<{ role: string; details?: string }>;
}

/** An API object: asked by purpose (→ kind), by kind (→ apiVersion, scope, short names), or as a YAML cloze. */
export interface ObjectCard extends ReviewCardBase {
  kind: 'object';
  facet: 'kind' | 'facts' | 'yaml';
  objectKind: string;
  apiVersion: string;
  shortNames: string[];
  namespaced: boolean;
  /** Example manifest; `{{cN::…}}` deletions in it make the `yaml` facet. Highlighted at build time. */
  yaml?: HighlightLine[];
  content: Localized<{ purpose: string; fields?: string }>;
}

/** A manifest with blanks (`{{cN::…}}`) the learner fills in. */
export interface ManifestCard extends ReviewCardBase {
  kind: 'manifest';
  /** Highlighted at build time; blanks stay as `{{cN::…}}` inside the pieces. */
  yaml: HighlightLine[];
  content: Localized<{ task: string; explain?: string }>;
}

/** A step's language-neutral key command: the canonical spelling and other accepted ones. */
export interface StepCommand {
  command: string;
  accept: string[];
}

/** A task done in steps: the learner puts the shuffled steps in order and types the commands of the steps that have one. */
export interface ProcedureCard extends ReviewCardBase {
  kind: 'procedure';
  /** Per step, in the right order: its key command, or null for a step without one. Same length as `content[lang].steps`. */
  commands: (StepCommand | null)[];
  content: Localized<{ task: string; steps: string[]; explain?: string }>;
}

/** Output of a broken cluster: the learner picks the right cause and fix among distractors, and may type the fix. */
export interface DiagnoseCard extends ReviewCardBase {
  kind: 'diagnose';
  /** Language-neutral, verbatim: command output, events, logs or a YAML excerpt. */
  output: string;
  /** An optional fix the learner may type, checked like a command card. */
  fix?: StepCommand;
  content: Localized<{ task: string; answer: string; distractors: string[]; explain?: string }>;
}

export type ReviewCard = BasicCard | ClozeCard | CommandCard | ComponentCard | ObjectCard | ManifestCard | ProcedureCard | DiagnoseCard;
export type CardKind = ReviewCard['kind'];

/** The kinds the learner works through (orders steps, picks a cause) rather than recalls. */
export type ExerciseCard = ProcedureCard | DiagnoseCard;
export const isExercise = (card: { kind: string }): card is ExerciseCard => card.kind === 'procedure' || card.kind === 'diagnose';

/** Does the learner type an answer to this card before it is revealed (rather than only recall it)? */
export const typesAnswer = (card: ReviewCard) => card.kind === 'command' || (card.kind === 'basic' && card.typeIn === true);

export interface TopicInfo {
  topic: string;
  chapter: number;
  area: Area;
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
