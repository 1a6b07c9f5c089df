import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enCore } from '../../lib/i18n/en';
import { enExtra } from '../../lib/i18n/enExtra';
import { importsOf, ROOT, read, reExports, resolve } from './importGraph';

// Each screen ships only its part of the English catalog (WithExtraStrings). A string whose part is missing would
// show as nothing, so this follows every screen's imports (named imports through barrels, lazy imports too) and
// checks that each message key its code names is in the core or in the parts that screen brings.

const ALL_KEYS = Object.keys({ ...enCore, ...enExtra });

const isBoundary = (file: string) => /<WithExtraStrings strings=|withExtraStrings\(STRINGS/.test(read(file));

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
  'app/_screens/DeckConflictNotice.tsx',
  'lib/ui/cards/ProcedureFace.tsx',
  'lib/ui/cards/DiagnoseFace.tsx',
  'lib/ui/WriteFailureNotice.tsx',
  'lib/ui/ClockJumpNotice.tsx',
  'app/_screens/DeckSettingUp.tsx',
  'app/_screens/DomainSessionNote.tsx',
  'app/_screens/ReviewAssist.tsx',
  'app/_screens/SessionFinished.tsx',
  'app/_screens/ReviewPrefsSection.tsx',
  'app/_screens/RemindersSection.tsx',
  'lib/ui/cards/CommandDiff.tsx',
  'lib/ui/cards/Sources.tsx',
  'lib/ui/cards/ManifestFace.tsx',
  'lib/ui/cards/YamlBlock.tsx',
  'lib/ui/cards/ClusterDiagram.tsx',
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
