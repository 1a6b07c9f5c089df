import { type CardKind, clozeNumbers } from '../model';
import type { Field, RawBlock } from './blocks';
import type { CompileError } from './errors';

interface NoteBase {
  id: string;
  line: number;
  tags: string[];
  /** The line each field was written on, to point errors at it. */
  lines: Record<string, number>;
}
export interface BasicNote extends NoteBase {
  kind: 'basic';
  text: { front: string; back: string };
  reverse: boolean;
}
export interface ClozeNote extends NoteBase {
  kind: 'cloze';
  text: { text: string; extra?: string };
  clozes: number[];
}
export interface CommandNote extends NoteBase {
  kind: 'command';
  text: { task: string; explain?: string };
  answer: string;
  accept: string[];
}
/** A card block after validation against its kind's schema. */
export type AuthoredNote = BasicNote | ClozeNote | CommandNote;

type FieldSpec = { required?: true; repeat?: true };
type Values = Map<string, Field[]>;

interface KindSchema {
  fields: Record<string, FieldSpec>;
  /** Checks that need more than presence; returns the note or pushes errors. */
  build(base: NoteBase, values: Values, fail: (field: Field, message: string) => void): AuthoredNote | null;
}

const one = (values: Values, key: string) => values.get(key)?.[0]?.value;
const optional = (values: Values, key: string) => {
  const value = one(values, key);
  return value === undefined ? {} : { [key]: value };
};

const SCHEMAS: Record<CardKind, KindSchema> = {
  basic: {
    fields: { front: { required: true }, back: { required: true }, reverse: {} },
    build(base, values, fail) {
      const reverse = values.get('reverse')?.[0];
      if (reverse && reverse.value !== 'yes' && reverse.value !== 'no') {
        fail(reverse, '`reverse` must be "yes" or "no"');
        return null;
      }
      const text = { front: one(values, 'front') ?? '', back: one(values, 'back') ?? '' };
      return { ...base, kind: 'basic', text, reverse: reverse?.value === 'yes' };
    },
  },
  cloze: {
    fields: { text: { required: true }, extra: {} },
    build(base, values, fail) {
      const field = values.get('text')?.[0] as Field;
      const clozes = clozeNumbers(field.value);
      if (clozes.length === 0) {
        fail(field, 'cloze `text` has no {{c1::…}} deletion');
        return null;
      }
      return { ...base, kind: 'cloze', text: { text: field.value, ...optional(values, 'extra') }, clozes };
    },
  },
  command: {
    fields: { task: { required: true }, answer: { required: true }, accept: { repeat: true }, explain: {} },
    build(base, values) {
      const accept = (values.get('accept') ?? []).map((field) => field.value);
      const text = { task: one(values, 'task') ?? '', ...optional(values, 'explain') };
      return { ...base, kind: 'command', text, answer: one(values, 'answer') ?? '', accept };
    },
  },
};

export const KNOWN_KINDS = Object.keys(SCHEMAS) as CardKind[];

/** Validates one raw block against its kind; every problem becomes an error with its line. */
export function validateBlock(block: RawBlock, path: string): { note: AuthoredNote | null; errors: CompileError[] } {
  const errors: CompileError[] = [];
  const schema = SCHEMAS[block.kind as CardKind];
  if (!schema) {
    const message = `unknown card kind "${block.kind}" (known: ${KNOWN_KINDS.join(', ')})`;
    return { note: null, errors: [{ path, line: block.line, code: 'unknown-kind', message }] };
  }
  const fail = (field: Field, message: string) => errors.push({ path, line: field.line, code: 'invalid-field', message });
  const values: Values = new Map();
  for (const field of block.fields) {
    const spec = field.key === 'tags' ? {} : schema.fields[field.key];
    if (!spec) {
      errors.push({ path, line: field.line, code: 'unknown-field', message: `a ${block.kind} card has no field \`${field.key}\`` });
      continue;
    }
    const seen = values.get(field.key);
    if (seen && !spec.repeat) {
      errors.push({ path, line: field.line, code: 'malformed-block', message: `\`${field.key}\` is given twice` });
      continue;
    }
    if (field.value === '') fail(field, `\`${field.key}\` is empty`);
    values.set(field.key, [...(seen ?? []), field]);
  }
  for (const [key, spec] of Object.entries(schema.fields)) {
    if (spec.required && !values.has(key)) {
      errors.push({ path, line: block.line, code: 'missing-field', message: `${block.kind} card "${block.id}" lacks \`${key}\`` });
    }
  }
  if (errors.length > 0) return { note: null, errors };

  const lines = Object.fromEntries(block.fields.map((field) => [field.key, field.line]));
  const tags = (one(values, 'tags') ?? '').split(/\s+/).filter(Boolean);
  const note = schema.build({ id: block.id, line: block.line, tags, lines }, values, fail);
  return { note, errors };
}
