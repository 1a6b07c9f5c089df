import type { CompileError } from './errors';

/** One `key: value` of a card block, with the 1-based line it starts on. */
export interface Field {
  key: string;
  value: string;
  line: number;
}

export interface RawBlock {
  kind: string;
  id: string;
  /** 1-based line of the opening fence. */
  line: number;
  fields: Field[];
}

const FENCE = /^(`{3,}|~{3,})\s*(.*)$/;

/** Finds every ```` ```card <kind> id=<id> ```` block after `start` and splits its body into fields. */
export function readCardBlocks(lines: string[], start: number, path: string): { blocks: RawBlock[]; errors: CompileError[] } {
  const blocks: RawBlock[] = [];
  const errors: CompileError[] = [];
  for (let i = start; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    const close = lines.findIndex((line, j) => j > i && line.trim() === fence);
    const info = open[2].trim().split(/\s+/);
    if (info[0] !== 'card') {
      if (close < 0) break; // an unclosed code fence swallows the rest of the file, as in Markdown
      i = close;
      continue;
    }
    const line = i + 1;
    if (close < 0) {
      errors.push({ path, line, code: 'malformed-block', message: 'card block is not closed' });
      break;
    }
    const header = readHeader(info.slice(1), path, line);
    const body = readFields(lines.slice(i + 1, close), i + 2, path);
    errors.push(...header.errors, ...body.errors);
    if (header.errors.length === 0) {
      blocks.push({ kind: header.kind, id: header.id, line, fields: body.fields });
    }
    i = close;
  }
  return { blocks, errors };
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function readHeader(words: string[], path: string, line: number) {
  const errors: CompileError[] = [];
  const [kind, idWord, ...rest] = words;
  if (kind === undefined || kind.includes('=')) {
    errors.push({ path, line, code: 'malformed-block', message: 'card block must start with its kind: ```card <kind> id=<id>' });
  }
  if (rest.length > 0) errors.push({ path, line, code: 'malformed-block', message: `unexpected "${rest.join(' ')}" after the id` });
  const id = idWord?.startsWith('id=') ? idWord.slice(3) : undefined;
  if (id === undefined) {
    errors.push({ path, line, code: 'bad-id', message: 'card block has no `id=`' });
  } else if (!ID.test(id)) {
    errors.push({ path, line, code: 'bad-id', message: `card id "${id}" must be lowercase letters, digits and "-"` });
  }
  return { kind: kind ?? '', id: id ?? '', errors };
}

/** `key: value` lines; `key: |` takes the following lines indented by two spaces (blank lines kept). */
function readFields(body: string[], firstLine: number, path: string) {
  const fields: Field[] = [];
  const errors: CompileError[] = [];
  for (let i = 0; i < body.length; i++) {
    const text = body[i];
    if (text.trim() === '') continue;
    const pair = /^([a-z][a-z0-9-]*):(?:\s(.*))?$/.exec(text);
    if (!pair) {
      errors.push({ path, line: firstLine + i, code: 'malformed-block', message: `expected "key: value", got "${text.trim()}"` });
      continue;
    }
    const field: Field = { key: pair[1], value: (pair[2] ?? '').trim(), line: firstLine + i };
    if (field.value === '|') {
      const continuation: string[] = [];
      while (i + 1 < body.length && (body[i + 1].startsWith('  ') || body[i + 1].trim() === '')) {
        continuation.push(body[++i].slice(2));
      }
      field.value = continuation.join('\n').trim();
    }
    fields.push(field);
  }
  return { fields, errors };
}
