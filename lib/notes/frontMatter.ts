import { AREAS, type Area, EXAM_DOMAINS, findCompetency } from '../model';
import type { CompileError } from './errors';

export interface FrontMatter {
  chapter: number;
  topic: string;
  title: string;
  k8s: string;
  /** Default area of the note's cards: architecture, api or operations. */
  area: Area;
  /** Exam domains the topic belongs to, e.g. `cka-troubleshooting` (optional). */
  domains: string[];
  /** Curriculum competencies the note's cards train, ids from `COMPETENCIES` (a card may name its own). */
  competencies: string[];
  sources: string[];
}

interface Parsed {
  meta: FrontMatter | null;
  /** Line index (0-based) where the body starts. */
  bodyStart: number;
  errors: CompileError[];
}

const REQUIRED = ['chapter', 'topic', 'title', 'k8s', 'area', 'sources'] as const;

/** The `---` block at the top of a file: `key: value` lines and `key:` followed by `  - item` lists. */
export function readFrontMatter(
  lines: string[],
  path: string,
): { values: Map<string, string | string[]>; lineOf: Map<string, number[]>; bodyStart: number; errors: CompileError[] } {
  const fail = (line: number, message: string) => ({
    values: new Map<string, string | string[]>(),
    lineOf: new Map<string, number[]>(),
    bodyStart: 0,
    errors: [{ path, line, code: 'front-matter' as const, message }],
  });
  if (lines[0]?.trim() !== '---') return fail(1, 'a note must start with front matter between `---` lines');
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return fail(1, 'front matter is not closed by a `---` line');

  const values = new Map<string, string | string[]>();
  /** 1-based lines of a key's value, one per list item, to point errors at the item. */
  const lineOf = new Map<string, number[]>();
  const errors: CompileError[] = [];
  let listKey: string | null = null;
  for (let i = 1; i < end; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const item = /^\s*-\s+(.+)$/.exec(line);
    if (item && listKey) {
      (values.get(listKey) as string[]).push(item[1].trim());
      lineOf.get(listKey)?.push(i + 1);
      continue;
    }
    const pair = /^([a-z0-9]+):\s*(.*)$/.exec(line);
    if (!pair) {
      errors.push({ path, line: i + 1, code: 'front-matter', message: `cannot read front matter line "${line.trim()}"` });
      continue;
    }
    const [, key, raw] = pair;
    const value = raw.trim().replace(/^"(.*)"$/, '$1');
    listKey = value === '' ? key : null;
    values.set(key, value === '' ? [] : value);
    lineOf.set(key, value === '' ? [] : [i + 1]);
  }
  return { values, lineOf, bodyStart: end + 1, errors };
}

/** A note's front matter: chapter, topic, title, k8s, area, optional domains, sources. */
export function parseFrontMatter(lines: string[], path: string): Parsed {
  const { values, lineOf, bodyStart, errors } = readFrontMatter(lines, path);
  if (values.size === 0 && errors.length > 0) return { meta: null, bodyStart, errors };
  for (const key of REQUIRED) {
    if (!values.has(key)) errors.push({ path, line: 1, code: 'front-matter', message: `front matter lacks \`${key}\`` });
  }
  const chapter = Number(values.get('chapter'));
  if (values.has('chapter') && !Number.isInteger(chapter)) {
    errors.push({ path, line: 1, code: 'front-matter', message: '`chapter` must be a whole number' });
  }
  const sources = values.get('sources');
  if (values.has('sources') && (!Array.isArray(sources) || sources.length === 0)) {
    errors.push({ path, line: 1, code: 'front-matter', message: '`sources` must list at least one source' });
  }
  const area = values.get('area');
  if (values.has('area') && !AREAS.includes(area as Area)) {
    errors.push({ path, line: 1, code: 'front-matter', message: `\`area\` must be one of ${AREAS.join(', ')}` });
  }
  const domains = listValue(values.get('domains'));
  domains.forEach((domain, i) => {
    if (!(EXAM_DOMAINS as readonly string[]).includes(domain)) {
      const message = `unknown exam domain "${domain}" (known: ${EXAM_DOMAINS.join(', ')})`;
      errors.push({ path, line: lineOf.get('domains')?.[i] ?? 1, code: 'front-matter', message });
    }
  });
  const competencies = listValue(values.get('competencies'));
  competencies.forEach((id, i) => {
    const problem = competencyProblem(id);
    if (problem) errors.push({ path, line: lineOf.get('competencies')?.[i] ?? 1, code: 'front-matter', message: problem });
  });
  if (errors.length > 0) return { meta: null, bodyStart, errors };
  return {
    meta: {
      chapter,
      topic: String(values.get('topic')),
      title: String(values.get('title')),
      k8s: String(values.get('k8s')),
      area: area as Area,
      domains,
      competencies,
      sources: sources as string[],
    },
    bodyStart,
    errors,
  };
}

/** A list written either as `  - item` lines or space separated on the key's line. */
function listValue(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  return Array.isArray(raw) ? raw : raw.split(/\s+/).filter(Boolean);
}

/** Why `id` is not a known curriculum competency, or null when it is. */
export function competencyProblem(id: string): string | null {
  return findCompetency(id) ? null : `unknown competency "${id}" (see lib/model/competencies.ts)`;
}

/** `_chapter.md` in a chapter folder names the chapter: `chapter` and `title` in its front matter, nothing else. */
export function parseChapterFile(
  text: string,
  path: string,
): { chapter: { chapter: number; title: string } | null; errors: CompileError[] } {
  const { values, errors } = readFrontMatter(text.replace(/\r\n?/g, '\n').split('\n'), path);
  const chapter = Number(values.get('chapter'));
  const title = values.get('title');
  if (!Number.isInteger(chapter)) errors.push({ path, line: 1, code: 'front-matter', message: '`chapter` must be a whole number' });
  if (typeof title !== 'string' || title === '') errors.push({ path, line: 1, code: 'front-matter', message: 'a chapter needs a `title`' });
  return errors.length > 0 ? { chapter: null, errors } : { chapter: { chapter, title: title as string }, errors };
}
