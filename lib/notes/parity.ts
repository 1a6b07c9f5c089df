import { clozeNumbers } from '../model';
import type { CompiledFile } from './compileFile';
import type { CompileError } from './errors';
import { type AuthoredNote, perItemKeys } from './kinds';

/**
 * What both languages must state identically, each with the line it is written on: the neutral fields, for clozes
 * the deletion numbers, for lists (steps, distractors) their count, and for procedures each step's command and accepts.
 */
function neutralFields(note: AuthoredNote): Record<string, { value: string; line: number }> {
  const at = (key: string) => note.lines[key] ?? note.line;
  const fields = Object.fromEntries(
    Object.entries(note.neutral).map(([key, values]) => [key, { value: values.join(' | '), line: at(key) }]),
  );
  if (note.kind === 'cloze') fields.text = { value: `clozes ${clozeNumbers(note.text.text ?? '').join(',')}`, line: at('text') };
  for (const [key, items] of Object.entries(note.lists)) fields[`number of ${key}s`] = { value: `${items.length}`, line: at(key) };
  const stepLines = Object.values(note.lists)[0] ?? [];
  note.perItem.forEach((item, i) => {
    for (const key of perItemKeys(note.kind)) {
      const values = item[key] ?? [];
      fields[`${key}s of step ${i + 1}`] = { value: values.map((v) => v.value).join(' | '), line: values[0]?.line ?? stepLines[i].line };
    }
  });
  return fields;
}

/** Compares one file with its translation: same chapter/topic, same ids, same kinds, same neutral fields. */
export function checkPair(en: CompiledFile, zh: CompiledFile): CompileError[] {
  const errors: CompileError[] = [];
  if (en.meta && zh.meta) {
    for (const key of ['chapter', 'topic', 'k8s', 'area'] as const) {
      if (en.meta[key] !== zh.meta[key]) {
        const message = `front matter \`${key}\` is "${zh.meta[key]}" here but "${en.meta[key]}" in ${en.path}`;
        errors.push({ path: zh.path, line: 1, code: 'mismatched-field', message });
      }
    }
    for (const key of ['domains', 'competencies'] as const) {
      if (en.meta[key].join(' ') !== zh.meta[key].join(' ')) {
        const message = `front matter \`${key}\` is "${zh.meta[key].join(' ')}" here but "${en.meta[key].join(' ')}" in ${en.path}`;
        errors.push({ path: zh.path, line: 1, code: 'mismatched-field', message });
      }
    }
  }
  const zhById = new Map(zh.notes.map((note) => [note.id, note]));
  const enIds = new Set(en.notes.map((note) => note.id));
  for (const note of en.notes) {
    const other = zhById.get(note.id);
    if (!other) {
      errors.push(missing(en.path, note, zh.path));
      continue;
    }
    if (other.kind !== note.kind) {
      const message = `card "${note.id}" is ${other.kind} here but ${note.kind} in ${en.path}:${note.line}`;
      errors.push({ path: zh.path, line: other.line, code: 'mismatched-field', message });
      continue;
    }
    const mine = neutralFields(note);
    const theirs = neutralFields(other);
    // Steps compared one by one only when both languages have as many: otherwise the count is the one problem.
    const sameSteps = mine['number of steps']?.value === theirs['number of steps']?.value;
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      if (mine[key]?.value === theirs[key]?.value || (!sameSteps && / of step \d+$/.test(key))) continue;
      const message = `card "${note.id}": \`${key}\` must be the same in both languages (here "${theirs[key]?.value ?? ''}", in ${en.path}:${mine[key]?.line ?? note.line} "${mine[key]?.value ?? ''}")`;
      errors.push({ path: zh.path, line: theirs[key]?.line ?? other.line, code: 'mismatched-field', message });
    }
  }
  for (const note of zh.notes) if (!enIds.has(note.id)) errors.push(missing(zh.path, note, en.path));
  return errors;
}

function missing(path: string, note: AuthoredNote, otherPath: string): CompileError {
  return { path, line: note.line, code: 'missing-translation', message: `card "${note.id}" has no translation in ${otherPath}` };
}
