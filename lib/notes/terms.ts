import type { CompileError } from './errors';
import { GLOSSARY } from './glossary';
import type { AuthoredNote } from './kinds';

const FENCE = /^(`{3,}|~{3,})\s*(.*)$/;
const FIELD = /^([a-z][a-z0-9-]*):/;
/** Characters that continue a Latin word, a flag, a file name or a path (`kube-apiserver`, `apiserver.crt`). */
const WORD = /[A-Za-z0-9_./-]/;

/**
 * The prose of a zh note file as [1-based line, text]: the front matter's title, the body outside code fences, and
 * the localized fields of its cards. Language-neutral card fields (commands, YAML, names) are code and left out.
 */
export function proseLines(lines: string[], notes: AuthoredNote[]): [line: number, text: string][] {
  const prose: [number, string][] = [];
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    start = close < 0 ? lines.length : close + 1;
    for (let i = 1; i < start; i++) if (lines[i].startsWith('title:')) prose.push([i + 1, lines[i].slice('title:'.length)]);
  }
  const cards = new Map(notes.map((note) => [note.line, note]));
  for (let i = start; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) {
      prose.push([i + 1, lines[i]]);
      continue;
    }
    const close = lines.findIndex((line, j) => j > i && line.trim() === open[1]);
    const end = close < 0 ? lines.length : close;
    const note = open[2].trim().split(/\s+/)[0] === 'card' ? cards.get(i + 1) : undefined;
    if (note) {
      const localized = new Set([...Object.keys(note.text), ...Object.keys(note.lists)]);
      let key = '';
      for (let j = i + 1; j < end; j++) {
        key = FIELD.exec(lines[j])?.[1] ?? key; // continuation lines are indented, so they keep the key above
        if (localized.has(key)) prose.push([j + 1, lines[j].replace(FIELD, '')]);
      }
    }
    i = end;
  }
  return prose;
}

/** The words of a prose line: inline `code`, link targets and bare URLs blanked, emphasis marks (`*自愿*中断`) dropped. */
export function withoutCode(text: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return text
    .replace(/`[^`]*`/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/\*+/g, '');
}

/** Where `zh` stands, with the parenthesised gloss right after it: "名字空间（Namespace，也常译作命名空间）". */
function allowedSpans(text: string, zh: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(zh); at >= 0; at = text.indexOf(zh, at + 1)) {
    const gloss = /^\s*(（[^）]*）|\([^)]*\))/.exec(text.slice(at + zh.length));
    spans.push([at, at + zh.length + (gloss ? gloss[0].length : 0)]);
  }
  return spans;
}

/** Does `variant` occur in the prose outside the official term and its gloss (and, if Latin, as a whole word)? */
export function usesVariant(text: string, variant: string, zh: string): boolean {
  const allowed = allowedSpans(text, zh);
  for (let at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + 1)) {
    const end = at + variant.length;
    const partOfWord =
      (WORD.test(variant[0]) && WORD.test(text[at - 1] ?? '')) || (WORD.test(variant.at(-1) ?? '') && WORD.test(text[end] ?? ''));
    if (!partOfWord && !allowed.some(([from, to]) => at < to && end > from)) return true;
  }
  return false;
}

/** Every glossary variant in the prose of a zh note file (or _chapter.md, with no notes), one error per term and line. */
export function checkTerms(text: string, notes: AuthoredNote[], path: string): CompileError[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const errors: CompileError[] = [];
  for (const [line, raw] of proseLines(lines, notes)) {
    const prose = withoutCode(raw);
    for (const term of GLOSSARY) {
      const variant = term.avoid.find((v) => usesVariant(prose, v, term.zh));
      if (!variant) continue;
      const message =
        `"${variant}": the zh-cn docs say "${term.zh}" (${term.en}; kubernetes/website ${term.source}); ` +
        `a gloss in parentheses right after "${term.zh}" may name the common variant`;
      errors.push({ path, line, code: 'terminology', message });
    }
  }
  return errors;
}
