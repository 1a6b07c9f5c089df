import { clozeNumbers, type ReviewCard } from '../model';
import { cleanDeckName } from '../model/deckName';
import { highlightShell, highlightYaml } from '../notes/highlight';
import { both, type ImportedCard, LIMITS } from './types';

/**
 * A note as the editor holds it: the learner's fields, one kind. `noteToCards` expands it into the cards the writer
 * stores, each under a facet that stays the same across edits (the card's id, and so its history and schedule).
 */
export type NoteDraft =
  | {
      kind: 'basic';
      front: string;
      back: string;
      reverse: boolean;
      /** Anki's "type in the answer": the learner types the back. */
      typeIn: boolean;
      /** Imported Anki HTML (sanitized when shown); own notes are plain text. */
      html: boolean;
      /** The facets of the forward and reverse cards: `card`/`reverse` for own notes, Anki's `t0`/`t1` for imported ones. */
      facets: [string, string];
    }
  | { kind: 'cloze'; text: string; extra: string; html: boolean }
  | { kind: 'command'; task: string; answer: string; accept: string[]; explain: string }
  | { kind: 'manifest'; task: string; yaml: string; explain: string };

export type DraftKind = NoteDraft['kind'];

/** The fields a validation error can name (the editor's labels carry the same names). */
export type DraftField = 'front' | 'back' | 'text' | 'task' | 'answer' | 'accept' | 'yaml' | 'deck' | 'tags';

export type DraftProblemCode = 'required' | 'no-cloze' | 'unclosed-cloze' | 'tab-indent' | 'too-large' | 'bad-name';

export interface DraftProblem {
  field: DraftField;
  code: DraftProblemCode;
}

export const OWN_FACETS: [string, string] = ['card', 'reverse'];

export function emptyDraft(kind: DraftKind): NoteDraft {
  switch (kind) {
    case 'basic':
      return { kind, front: '', back: '', reverse: false, typeIn: false, html: false, facets: OWN_FACETS };
    case 'cloze':
      return { kind, text: '', extra: '', html: false };
    case 'command':
      return { kind, task: '', answer: '', accept: [], explain: '' };
    case 'manifest':
      return { kind, task: '', yaml: '', explain: '' };
  }
}

/** The main and the second text of a draft (front and back, text and extra, task and explanation). */
function textsOf(draft: NoteDraft): [string, string] {
  switch (draft.kind) {
    case 'basic':
      return [draft.front, draft.back];
    case 'cloze':
      return [draft.text, draft.extra];
    default:
      return [draft.task, draft.explain];
  }
}

/** The draft as another kind, keeping what was written in its main and second text. */
export function switchKind(draft: NoteDraft, kind: DraftKind): NoteDraft {
  if (kind === draft.kind) return draft;
  const [main, second] = textsOf(draft);
  const next = emptyDraft(kind);
  switch (next.kind) {
    case 'basic':
      return { ...next, front: main, back: second };
    case 'cloze':
      return { ...next, text: main, extra: second };
    default:
      return { ...next, task: main, explain: second };
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

/**
 * The draft with its fields as HTML (an image needs it): what was typed is escaped, so it reads the same. HTML fields
 * are sanitized when shown. Command and manifest notes have no HTML fields: unchanged.
 */
export function asHtml(draft: NoteDraft): NoteDraft {
  if (draft.kind === 'basic' && !draft.html) return { ...draft, html: true, front: escapeHtml(draft.front), back: escapeHtml(draft.back) };
  if (draft.kind === 'cloze' && !draft.html) return { ...draft, html: true, text: escapeHtml(draft.text), extra: escapeHtml(draft.extra) };
  return draft;
}

/** The text with `[start, end)` wrapped as the next cloze number (`{{cN::…}}`), and that number. */
export function wrapCloze(text: string, start: number, end: number): { text: string; cloze: number } {
  const cloze = Math.max(0, ...clozeNumbers(text)) + 1;
  return { text: `${text.slice(0, start)}{{c${cloze}::${text.slice(start, end)}}}${text.slice(end)}`, cloze };
}

/** The cards a note makes, in note order. An invalid draft makes none (see `validateDraft`). */
export function noteToCards(draft: NoteDraft): ImportedCard[] {
  if (validateDraft(draft).length > 0) return [];
  switch (draft.kind) {
    case 'basic': {
      const html = draft.html ? { html: true } : {};
      const typeIn = draft.typeIn ? { typeIn: true } : {};
      const forward: ImportedCard = {
        kind: 'basic',
        facet: draft.facets[0],
        ...html,
        ...typeIn,
        content: both({ front: draft.front, back: draft.back }),
      };
      if (!draft.reverse) return [forward];
      return [forward, { kind: 'basic', facet: draft.facets[1], ...html, content: both({ front: draft.back, back: draft.front }) }];
    }
    case 'cloze':
      return clozeNumbers(draft.text).map((n) => ({
        kind: 'cloze',
        facet: `c${n}`,
        cloze: n,
        ...(draft.html ? { html: true } : {}),
        content: both({ text: draft.text, extra: draft.extra }),
      }));
    case 'command': {
      const answer = draft.answer.trim();
      const accept = draft.accept.map((a) => a.trim()).filter((a) => a !== '' && a !== answer);
      return [
        {
          kind: 'command',
          facet: 'card',
          answer,
          accept,
          answerLine: highlightShell(answer),
          content: both({ task: draft.task, explain: draft.explain }),
        },
      ];
    }
    case 'manifest':
      return [
        { kind: 'manifest', facet: 'card', yaml: highlightYaml(draft.yaml), content: both({ task: draft.task, explain: draft.explain }) },
      ];
  }
}

/** What keeps a draft from being saved, by field; empty when it may be saved. */
export function validateDraft(draft: NoteDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const need = (field: DraftField, value: string) => {
    if (value.trim() === '') problems.push({ field, code: 'required' });
    else if (value.length > LIMITS.fieldChars) problems.push({ field, code: 'too-large' });
  };
  const needDeletion = (field: DraftField, value: string) => {
    if (value.trim() === '') return;
    // Every `{{c` opens a deletion that must close: one left open would show its braces to the learner.
    const opened = value.match(/\{\{c\d+::/g)?.length ?? 0;
    if (opened > (value.match(/\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}/gs)?.length ?? 0)) problems.push({ field, code: 'unclosed-cloze' });
    else if (clozeNumbers(value).length === 0) problems.push({ field, code: 'no-cloze' });
  };
  switch (draft.kind) {
    case 'basic':
      need('front', draft.front);
      need('back', draft.back);
      break;
    case 'cloze':
      need('text', draft.text);
      needDeletion('text', draft.text);
      break;
    case 'command':
      need('task', draft.task);
      need('answer', draft.answer);
      break;
    case 'manifest':
      need('task', draft.task);
      need('yaml', draft.yaml);
      needDeletion('yaml', draft.yaml);
      // YAML indents with spaces only: a tab there makes the manifest invalid.
      if (/^ *\t/m.test(draft.yaml)) problems.push({ field: 'yaml', code: 'tab-indent' });
      break;
  }
  return problems;
}

/** What keeps a note from being saved: its fields, its deck name and its tags. */
export function noteProblems(note: { draft: NoteDraft; deckName: string; tags: readonly string[] }): DraftProblem[] {
  const problems = validateDraft(note.draft);
  if (cleanDeckName(note.deckName) === null) problems.push({ field: 'deck', code: note.deckName.trim() === '' ? 'required' : 'bad-name' });
  if (note.tags.some((tag) => tag === '' || /[\s,]/.test(tag))) problems.push({ field: 'tags', code: 'bad-name' });
  return problems;
}

/** Tags as typed (spaces or commas between them), each once. */
export const parseTags = (typed: string): string[] => [...new Set(typed.split(/[\s,]+/).filter((t) => t !== ''))];

/**
 * The draft of a stored note, from its active cards (any order; retired ones would bring back a card toggled off).
 * Null for a note the editor cannot represent: the built-in deck's kinds, or a basic note whose second card is not
 * the reverse of its first (an Anki note type with more templates).
 */
export function draftFromCards(cards: readonly ReviewCard[]): NoteDraft | null {
  const sorted = [...cards].sort((a, b) => a.ord - b.ord);
  const first = sorted[0];
  if (!first) return null;
  const html = first.html === true;
  if (first.kind === 'cloze') return { kind: 'cloze', text: first.content.en.text, extra: first.content.en.extra ?? '', html };
  if (first.kind === 'command')
    return {
      kind: 'command',
      task: first.content.en.task,
      answer: first.answer,
      accept: first.accept,
      explain: first.content.en.explain ?? '',
    };
  if (first.kind === 'manifest') {
    const yaml = first.yaml.map((line) => line.map(([, text]) => text).join('')).join('\n');
    return { kind: 'manifest', task: first.content.en.task, yaml, explain: first.content.en.explain ?? '' };
  }
  if (first.kind !== 'basic' || sorted.length > 2) return null;
  const facetOf = (card: ReviewCard) => card.id.slice(card.id.indexOf('#') + 1);
  const second = sorted[1];
  const { front, back } = first.content.en;
  if (second && (second.kind !== 'basic' || second.content.en.front !== back || second.content.en.back !== front)) return null;
  const facets: [string, string] = second
    ? [facetOf(first), facetOf(second)]
    : [facetOf(first), facetOf(first) === 't0' ? 't1' : 'reverse'];
  return { kind: 'basic', front, back, reverse: second !== undefined, typeIn: first.typeIn === true, html, facets };
}
