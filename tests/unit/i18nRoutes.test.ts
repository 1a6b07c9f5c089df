import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enCore } from '../../lib/i18n/en';
import { enExtra } from '../../lib/i18n/enExtra';

// Each screen ships only its part of the English catalog (WithExtraStrings). A string whose part is missing would
// show as nothing, so this follows every screen's imports (named imports through barrels, lazy imports too) and
// checks that each message key its code names is in the core or in the parts that screen brings.

const ROOT = process.cwd();
const ALL_KEYS = Object.keys({ ...enCore, ...enExtra });
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(join(ROOT, file)) && /\.tsx?$/.test(file)) return relative(ROOT, join(ROOT, file));
  return null;
}

/** Imports of a file that bring code: `import { a, b as c } from`, default imports, `import('…')`; not `import type`. */
function importsOf(file: string): { target: string; names: string[] | null }[] {
  const text = read(file);
  const found: { target: string; names: string[] | null }[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\b)([^'"]*?)\s+from\s+'([^']+)'/gm)) {
    const target = resolve(file, m[2] as string);
    if (!target) continue;
    const named = /\{([^}]*)\}/.exec(m[1] as string)?.[1];
    const names = named
      ?.split(',')
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith('type '))
      .map((n) => n.split(/\s+as\s+/)[0] as string);
    found.push({ target, names: /^\s*\{/.test(m[1] as string) && names ? names : null });
  }
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) {
    const target = resolve(file, m[1] as string);
    if (target) found.push({ target, names: null });
  }
  return found;
}

/** A barrel's `export { a, b } from './x'` lines: where each name comes from. */
function reExports(file: string): Map<string, string> | null {
  const text = read(file);
  if (!/(^|\/)index\.tsx?$/.test(file)) return null;
  const map = new Map<string, string>();
  for (const m of text.matchAll(/export\s+\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    const target = resolve(file, m[2] as string);
    if (!target) continue;
    for (const name of (m[1] as string).split(',').map(
      (n) =>
        n
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0] as string,
    ))
      if (name) map.set(name, target);
  }
  return map;
}

const isBoundary = (file: string) => /<WithExtraStrings strings=/.test(read(file));

/** Message keys named in a file: as a string, or as the fixed start of a template (`stats.area.${…}`). */
function keysIn(file: string): string[] {
  const text = read(file);
  const keys = new Set<string>();
  for (const m of text.matchAll(/['"`]([a-zA-Z]+\.[\w.-]+)['"`]/g)) if (ALL_KEYS.includes(m[1] as string)) keys.add(m[1] as string);
  for (const m of text.matchAll(/`([a-zA-Z]+\.[\w.-]*)\$\{/g))
    for (const key of ALL_KEYS) if (key.startsWith(m[1] as string)) keys.add(key);
  return [...keys];
}

/** Every key the entry's code can show, following imports but not into other screens that bring their own strings. */
function keysReachedFrom(entry: string): Map<string, string> {
  const keys = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, names: string[] | null) => {
    const barrel = names ? reExports(file) : null;
    if (barrel && names) {
      for (const name of names) {
        const target = barrel.get(name);
        if (target) visit(target, null);
      }
      return;
    }
    if (seen.has(file) || file.startsWith('lib/i18n/') || (file !== entry && isBoundary(file))) return;
    seen.add(file);
    for (const key of keysIn(file)) keys.set(key, file);
    for (const { target, names: imported } of importsOf(file)) visit(target, imported);
  };
  visit(entry, null);
  return keys;
}

/** The catalog parts an entry passes as `const STRINGS = [a, b]`, loaded from the modules it imports them from. */
async function partsOf(entry: string): Promise<string[]> {
  const text = read(entry);
  const names =
    /const STRINGS = \[([^\]]*)\]/
      .exec(text)?.[1]
      ?.split(',')
      .map((n) => n.trim()) ?? [];
  const keys: string[] = [];
  for (const name of names) {
    const spec = new RegExp(`import \\{ ${name} \\} from '([^']+)'`).exec(text)?.[1] ?? '';
    const module = (await import(join(ROOT, resolve(entry, spec) ?? ''))) as Record<string, Record<string, string>>;
    keys.push(...Object.keys(module[name] ?? {}));
  }
  return keys;
}

const ENTRIES = [
  'app/layout.tsx',
  'app/page.tsx',
  'app/review/page.tsx',
  'app/not-found.tsx',
  'app/stats/page.tsx',
  'app/notes/page.tsx',
  'app/notes/[slug]/page.tsx',
  'app/card/page.tsx',
  'app/deck/page.tsx',
  'app/browse/page.tsx',
  'app/settings/page.tsx',
  'app/import/page.tsx',
  'app/_screens/CardActions.tsx',
];

describe('each screen ships the English strings it shows', () => {
  it.each(ENTRIES)('%s', async (entry) => {
    const available = new Set([...Object.keys(enCore), ...(await partsOf(entry))]);
    const reached = keysReachedFrom(entry);
    expect(reached.size).toBeGreaterThan(0);
    expect([...reached].filter(([key]) => !available.has(key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
  });

  it('finds the keys of a screen (the check can fail): the browser names its state filters', () => {
    expect([...keysReachedFrom('app/browse/page.tsx').keys()]).toEqual(expect.arrayContaining(['browse.title', 'browse.state.leech']));
    expect([...keysReachedFrom('app/review/page.tsx').keys()]).not.toContain('action.suspend');
  });
});
