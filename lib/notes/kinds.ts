import { AREAS, type Area, type CardKind, clozeNumbers, PLANES } from '../model';
import type { RawBlock } from './blocks';
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
  /** Language-neutral fields, which both languages must state identically; repeatable fields have several values. */
  neutral: Record<string, string[]>;
  /** The line each field was written on, to point errors at it. */
  lines: Record<string, number>;
}

interface FieldSpec {
  required?: true;
  repeat?: true;
  /** Identical in every language (commands, API facts, YAML), checked by the parity pass. */
  neutral?: true;
  /** Returns a problem with the value, or null. */
  check?: (value: string) => string | null;
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
};

export const KNOWN_KINDS = Object.keys(SCHEMAS) as CardKind[];

/** Validates one raw block against its kind; every problem becomes an error with its line. */
export function validateBlock(block: RawBlock, path: string): { note: AuthoredNote | null; errors: CompileError[] } {
  const kindFields = SCHEMAS[block.kind as CardKind];
  if (!kindFields) {
    const message = `unknown card kind "${block.kind}" (known: ${KNOWN_KINDS.join(', ')})`;
    return { note: null, errors: [{ path, line: block.line, code: 'unknown-kind', message }] };
  }
  const schema = { ...COMMON, ...kindFields };
  const errors: CompileError[] = [];
  const note: AuthoredNote = { kind: block.kind as CardKind, id: block.id, line: block.line, tags: [], text: {}, neutral: {}, lines: {} };
  for (const field of block.fields) {
    const spec = schema[field.key];
    if (!spec) {
      errors.push({ path, line: field.line, code: 'unknown-field', message: `a ${block.kind} card has no field \`${field.key}\`` });
      continue;
    }
    if (field.key in note.lines && !spec.repeat) {
      errors.push({ path, line: field.line, code: 'malformed-block', message: `\`${field.key}\` is given twice` });
      continue;
    }
    const problem = field.value === '' ? 'is empty' : spec.check?.(field.value);
    if (problem) errors.push({ path, line: field.line, code: 'invalid-field', message: `\`${field.key}\` ${problem}` });
    note.lines[field.key] ??= field.line;
    if (spec.neutral) note.neutral[field.key] = [...(note.neutral[field.key] ?? []), field.value];
    else note.text[field.key] = field.value;
  }
  for (const [key, spec] of Object.entries(schema)) {
    if (spec.required && !(key in note.lines)) {
      errors.push({ path, line: block.line, code: 'missing-field', message: `${block.kind} card "${block.id}" lacks \`${key}\`` });
    }
  }
  if (errors.length > 0) return { note: null, errors };
  note.tags = (note.neutral.tags?.[0] ?? '').split(/\s+/).filter(Boolean);
  note.area = note.neutral.area?.[0] as Area | undefined;
  return { note, errors };
}
