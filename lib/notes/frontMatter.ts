import { AREAS, type Area, EXAM_DOMAINS } from '../model';
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
  sources: string[];
}

interface Parsed {
  meta: FrontMatter | null;
  /** Line index (0-based) where the body starts. */
  bodyStart: number;
  errors: CompileError[];
}

const REQUIRED = ['chapter', 'topic', 'title', 'k8s', 'area', 'sources'] as const;

/** Parses the `---` block at the top of a note: `key: value` lines and `key:` followed by `  - item` lists. */
export function parseFrontMatter(lines: string[], path: string): Parsed {
  const fail = (line: number, message: string): Parsed => ({
    meta: null,
    bodyStart: 0,
    errors: [{ path, line, code: 'front-matter', message }],
  });
  if (lines[0]?.trim() !== '---') return fail(1, 'a note must start with front matter between `---` lines');
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return fail(1, 'front matter is not closed by a `---` line');

  const values = new Map<string, string | string[]>();
  const errors: CompileError[] = [];
  let listKey: string | null = null;
  for (let i = 1; i < end; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const item = /^\s*-\s+(.+)$/.exec(line);
    if (item && listKey) {
      (values.get(listKey) as string[]).push(item[1].trim());
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
  }

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
  const rawDomains = values.get('domains') ?? [];
  const domains = Array.isArray(rawDomains) ? rawDomains : rawDomains.split(/\s+/).filter(Boolean);
  for (const domain of domains) {
    if (!(EXAM_DOMAINS as readonly string[]).includes(domain)) {
      errors.push({ path, line: 1, code: 'front-matter', message: `unknown exam domain "${domain}" (known: ${EXAM_DOMAINS.join(', ')})` });
    }
  }
  if (errors.length > 0) return { meta: null, bodyStart: end + 1, errors };
  return {
    meta: {
      chapter,
      topic: String(values.get('topic')),
      title: String(values.get('title')),
      k8s: String(values.get('k8s')),
      area: area as Area,
      domains,
      sources: sources as string[],
    },
    bodyStart: end + 1,
    errors,
  };
}
