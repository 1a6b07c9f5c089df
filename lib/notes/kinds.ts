import { AREAS, type Area, type CardKind, clozeNumbers, PLANES } from '../model';
import type { Field, RawBlock } from './blocks';
import type { CompileError } from './errors';
import { competencyProblem } from './frontMatter';

/** A card block after validation against its kind's schema. */
export interface AuthoredNote {
  kind: CardKind;
  id: string;
  line: number;
  tags: string[];
  area?: Area;
  /** Language-specific fields (the prose). */
  text: Record<string, string>;
  /** Language-specific fields given once per item, in order: procedure steps, diagnose distractors. */
  lists: Record<string, Field[]>;
  /** Language-neutral fields, which both languages must state identically; repeatable fields have several values. */
  neutral: Record<string, string[]>;
  /** Neutral fields that belong to one item of a list (a procedure step's command and accepts), by item position. */
  perItem: Record<string, Field[]>[];
  /** The line each field was first written on, to point errors at it. */
  lines: Record<string, number>;
}

interface FieldSpec {
  required?: true;
  repeat?: true;
  /** Identical in every language (commands, API facts, YAML), checked by the parity pass. */
  neutral?: true;
  /** Returns a problem with the value, or null. */
  check?: (value: string) => string | null;
  /** A localized field given once per item (steps, distractors), between min and max times, all different. */
  list?: { min: number; max: number; differentFrom?: string };
  /** Belongs to the field right above it, which must be this key (or the same key, for repeated accepts). */
  after?: string;
  /** Belongs to the current list item (the step above), at most once per item unless repeatable. */
  perItem?: true;
}

const oneOf = (allowed: readonly string[]) => (value: string) =>
  allowed.includes(value) ? null : `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
const hasDeletion = (value: string) => (clozeNumbers(value).length > 0 ? null : 'has no {{c1::…}} deletion');
const matches = (pattern: RegExp, what: string) => (value: string) =>
  value.split(/\s+/).every((w) => pattern.test(w)) ? null : `must be ${what}`;
const YES_NO = ['yes', 'no'];

const COMMON: Record<string, FieldSpec> = {
  tags: { neutral: true },
  area: { neutral: true, check: oneOf(AREAS) },
  /** Overrides the note's `competencies` for this card. */
  competencies: { neutral: true, check: (value) => value.split(/\s+/).map(competencyProblem).find(Boolean) ?? null },
};

const SCHEMAS: Record<CardKind, Record<string, FieldSpec>> = {
  basic: { front: { required: true }, back: { required: true }, reverse: { neutral: true, check: oneOf(YES_NO) } },
  cloze: { text: { required: true, check: hasDeletion }, extra: {} },
  command: { task: { required: true }, answer: { required: true, neutral: true }, accept: { repeat: true, neutral: true }, explain: {} },
  component: {
    name: { required: true, neutral: true },
    plane: { required: true, neutral: true, check: oneOf(PLANES) },
    ports: { neutral: true, check: matches(/^\d+(-\d+)?(\/(TCP|UDP))?$/, 'port numbers like 6443 or 30000-32767/TCP') },
    role: { required: true },
    details: {},
  },
  object: {
    kind: { required: true, neutral: true, check: matches(/^[A-Z][A-Za-z]+$/, 'a kind in CamelCase') },
    'api-version': {
      required: true,
      neutral: true,
      check: matches(/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/, 'an apiVersion like apps/v1'),
    },
    'short-names': { neutral: true },
    namespaced: { required: true, neutral: true, check: oneOf(YES_NO) },
    purpose: { required: true },
    fields: {},
    yaml: { neutral: true },
  },
  manifest: { task: { required: true }, yaml: { required: true, neutral: true, check: hasDeletion }, explain: {} },
  procedure: {
    task: { required: true },
    step: { required: true, list: { min: 3, max: 8 } },
    command: { neutral: true, after: 'step', perItem: true },
    accept: { neutral: true, repeat: true, after: 'command', perItem: true },
    explain: {},
  },
  diagnose: {
    task: { required: true },
    output: { required: true, neutral: true },
    answer: { required: true },
    distractor: { required: true, list: { min: 2, max: 4, differentFrom: 'answer' } },
    command: { neutral: true },
    accept: { neutral: true, repeat: true, after: 'command' },
    explain: {},
  },
};

export const KNOWN_KINDS = Object.keys(SCHEMAS) as CardKind[];

/** The neutral fields a kind attaches to each list item (a procedure step's `command` and `accept`). */
export const perItemKeys = (kind: CardKind) =>
  Object.entries(SCHEMAS[kind])
    .filter(([, spec]) => spec.perItem)
    .map(([key]) => key);

/** Validates one raw block against its kind; every problem becomes an error with its line. */
export function validateBlock(block: RawBlock, path: string): { note: AuthoredNote | null; errors: CompileError[] } {
  const kindFields = SCHEMAS[block.kind as CardKind];
  if (!kindFields) {
    const message = `unknown card kind "${block.kind}" (known: ${KNOWN_KINDS.join(', ')})`;
    return { note: null, errors: [{ path, line: block.line, code: 'unknown-kind', message }] };
  }
  const schema = { ...COMMON, ...kindFields };
  const errors: CompileError[] = [];
  const note: AuthoredNote = {
    kind: block.kind as CardKind,
    id: block.id,
    line: block.line,
    tags: [],
    text: {},
    lists: {},
    neutral: {},
    perItem: [],
    lines: {},
  };
  const fail = (line: number, code: CompileError['code'], message: string) => errors.push({ path, line, code, message });
  let previous: string | undefined;
  for (const field of block.fields) {
    const spec = schema[field.key];
    const above = previous;
    previous = field.key;
    if (!spec) {
      fail(field.line, 'unknown-field', `a ${block.kind} card has no field \`${field.key}\``);
      continue;
    }
    if (spec.after && above !== spec.after && above !== field.key) {
      fail(field.line, 'malformed-block', `\`${field.key}\` must come right below the \`${spec.after}\` it belongs to`);
      continue;
    }
    const item = spec.perItem ? note.perItem[note.perItem.length - 1] : undefined;
    const seen = item ? field.key in item : field.key in note.lines;
    if (seen && !spec.repeat && !spec.list) {
      fail(field.line, 'malformed-block', `\`${field.key}\` is given twice${item ? ` for step ${note.perItem.length}` : ''}`);
      continue;
    }
    const problem = field.value === '' ? 'is empty' : spec.check?.(field.value);
    if (problem) fail(field.line, 'invalid-field', `\`${field.key}\` ${problem}`);
    note.lines[field.key] ??= field.line;
    if (spec.list) {
      note.lists[field.key] = [...(note.lists[field.key] ?? []), field];
      note.perItem.push({});
    } else if (item) item[field.key] = [...(item[field.key] ?? []), field];
    else if (spec.neutral) note.neutral[field.key] = [...(note.neutral[field.key] ?? []), field.value];
    else note.text[field.key] = field.value;
  }
  for (const [key, spec] of Object.entries(schema)) {
    if (spec.required && !(key in note.lines)) fail(block.line, 'missing-field', `${block.kind} card "${block.id}" lacks \`${key}\``);
    else if (spec.list) errors.push(...checkList(note, key, spec.list, path));
  }
  if (errors.length > 0) return { note: null, errors };
  note.tags = (note.neutral.tags?.[0] ?? '').split(/\s+/).filter(Boolean);
  note.area = note.neutral.area?.[0] as Area | undefined;
  return { note, errors };
}

/** A list has between min and max items, all different (and different from the field it must not repeat). */
function checkList(note: AuthoredNote, key: string, list: NonNullable<FieldSpec['list']>, path: string): CompileError[] {
  const items = note.lists[key] ?? [];
  const errors: CompileError[] = [];
  if (items.length < list.min || items.length > list.max) {
    const line = items[list.max]?.line ?? note.line;
    const message = `${note.kind} card "${note.id}" has ${items.length} \`${key}\` lines; it needs ${list.min} to ${list.max}`;
    errors.push({ path, line, code: 'invalid-field', message });
  }
  const earlier = new Map<string, string>();
  if (list.differentFrom && note.text[list.differentFrom] !== undefined) {
    earlier.set(note.text[list.differentFrom], `the \`${list.differentFrom}\``);
  }
  items.forEach((item, i) => {
    const same = earlier.get(item.value);
    if (same) errors.push({ path, line: item.line, code: 'invalid-field', message: `\`${key}\` ${i + 1} repeats ${same}` });
    else earlier.set(item.value, `\`${key}\` ${i + 1}`);
  });
  return errors;
}

/** Every field of a note with the line it was written on (for checks that read all of them, like the content lint). */
export function noteFields(note: AuthoredNote): Field[] {
  const at = (key: string) => note.lines[key] ?? note.line;
  return [
    ...Object.entries(note.text).map(([key, value]) => ({ key, value, line: at(key) })),
    ...Object.values(note.lists).flat(),
    ...Object.entries(note.neutral).flatMap(([key, values]) => values.map((value) => ({ key, value, line: at(key) }))),
    ...note.perItem.flatMap((item) => Object.values(item).flat()),
  ];
}
