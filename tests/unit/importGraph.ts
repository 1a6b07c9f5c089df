import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// The project's own imports, read as text: shared by the tests that check which code may reach which.

export const ROOT = process.cwd();
export const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

export function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(join(ROOT, file)) && /\.tsx?$/.test(file)) return relative(ROOT, join(ROOT, file));
  return null;
}

/** Imports of a file that bring code: `import { a, b as c } from`, default imports, `import('…')`; not `import type`. */
export function importsOf(file: string): { target: string; names: string[] | null }[] {
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
export function reExports(file: string): Map<string, string> | null {
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

/** Every import of a file, type-only ones included: what it names (`spec`) and, for the project's own files, where it leads. */
export function allImportsOf(file: string): { spec: string; target: string | null }[] {
  return [...read(file).matchAll(/(?:^import\s[^'"]*?from\s+|^export\s[^'"]*?from\s+|import\(\s*)'([^']+)'/gm)].map((m) => ({
    spec: m[1] as string,
    target: resolve(file, m[1] as string),
  }));
}

/** Every .ts/.tsx file under `dir`. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
