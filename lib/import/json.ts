import { clozeNumbers } from '../model';
import { hashString } from './hash';
import { exerciseCards } from './jsonExercise';
import { jsonErrorOffset } from './jsonSyntax';
import { both, type ImportedCard, type ImportedNote, type ImportProblem, LIMITS, type ParseResult } from './types';

/**
 * Kubecards JSON, version 1 (documented in README):
 * `{ "format": "kubecards-cards", "version": 1, "name": "…", "notes": [ { "id"?, "deck"?, "tags"?, "kind": "basic",
 * "front", "back", "reverse"? } | { "id"?, "kind": "cloze", "text", "extra"? } | { "id"?, "kind": "procedure", "task",
 * "steps": [{ "step", "command"?, "accept"?: [] }], "explain"? } | { "id"?, "kind": "diagnose", "task", "output", "answer",
 * "distractors": [], "command"?, "accept"?: [], "explain"? } ] }`. Procedure and diagnose notes follow the rules of cards/.
 */
export const JSON_FORMAT = 'kubecards-cards';
export const JSON_VERSION = 1;

/** The 1-based line of a character offset. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Offsets where each element of the top-level `notes` array starts (a small scanner: strings and nesting only). */
function noteOffsets(text: string): number[] {
  const offsets: number[] = [];
  const key = text.search(/"notes"\s*:\s*\[/);
  if (key < 0) return offsets;
  let i = text.indexOf('[', key) + 1;
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') {
      if (depth === 0) offsets.push(i);
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    }
  }
  return offsets;
}

const isString = (v: unknown): v is string => typeof v === 'string';

export function parseJson(text: string, fileName: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { code: 'bad-json', line: lineAt(text, jsonErrorOffset(text)), detail: String(error) } };
  }
  const root = data as { format?: unknown; version?: unknown; name?: unknown; notes?: unknown };
  if (typeof root !== 'object' || root === null || root.format !== JSON_FORMAT || !Array.isArray(root.notes)) {
    return {
      ok: false,
      error: { code: 'bad-json-schema', line: 1, detail: `expected {"format": "${JSON_FORMAT}", "version": 1, "notes": [...]}` },
    };
  }
  if (typeof root.version !== 'number' || root.version > JSON_VERSION) {
    return { ok: false, error: { code: 'newer-json-version', line: 1, detail: String(root.version) } };
  }
  const offsets = noteOffsets(text);
  const notes: ImportedNote[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of (root.notes as unknown[]).entries()) {
    const where = `line ${offsets[index] === undefined ? 1 : lineAt(text, offsets[index])}`;
    const note = raw as Record<string, unknown>;
    const fields = [note.front, note.back, note.text, note.extra, note.task, note.output].filter(isString);
    if (fields.some((f) => f.length > LIMITS.fieldChars)) {
      problems.push({ where, code: 'field-too-large' });
      continue;
    }
    let cards: ImportedCard[];
    if (note.kind === 'cloze' && isString(note.text) && clozeNumbers(note.text).length > 0) {
      const extra = isString(note.extra) ? note.extra : '';
      cards = clozeNumbers(note.text).map((n) => ({
        kind: 'cloze',
        facet: `c${n}`,
        cloze: n,
        content: both({ text: note.text as string, extra }),
      }));
    } else if ((note.kind ?? 'basic') === 'basic' && isString(note.front) && isString(note.back)) {
      if (note.front.trim() === '') {
        problems.push({ where, code: 'empty-front' });
        continue;
      }
      const forward: ImportedCard = { kind: 'basic', facet: 'card', content: both({ front: note.front, back: note.back }) };
      cards =
        note.reverse === true
          ? [forward, { kind: 'basic', facet: 'reverse', content: both({ front: note.back, back: note.front }) }]
          : [forward];
    } else if (note.kind === 'procedure' || note.kind === 'diagnose') {
      const result = exerciseCards(note, fileName, lineAt(text, offsets[index] ?? 0));
      if (typeof result === 'string') {
        problems.push({ where, code: 'invalid-card', detail: result });
        continue;
      }
      cards = result;
    } else {
      problems.push({ where, code: 'invalid-card', detail: 'basic needs "front" and "back"; cloze needs "text" with {{c1::…}}' });
      continue;
    }
    const guid = isString(note.id) && note.id !== '' ? note.id : `h:${hashString(JSON.stringify([note.front, note.text, note.task]))}`;
    if (seen.has(guid)) {
      problems.push({ where, code: 'duplicate', detail: guid });
      continue;
    }
    seen.add(guid);
    const tags = Array.isArray(note.tags) ? note.tags.filter(isString) : [];
    notes.push({ guid, deck: isString(note.deck) ? note.deck : '', tags, origin: where, cards });
  }
  const name = isString(root.name) && root.name.trim() !== '' ? root.name : fileName.replace(/\.[^.]+$/, '');
  return { ok: true, deck: { name, format: 'kubecards-json', notes, media: new Map(), problems } };
}
