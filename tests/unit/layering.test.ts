import { describe, expect, it } from 'vitest';
import { allImportsOf, sourceFiles } from './importGraph';

// One door between screens and storage: screens (app/) and presentational components (lib/ui/) reach data only
// through lib/hooks, never lib/db or Dexie; and the libraries' imports point one way, with no circles.

const STORAGE = /^(dexie|dexie-react-hooks)$/;
const reachesStorage = (imp: { spec: string; target: string | null }) =>
  STORAGE.test(imp.spec) || (imp.target?.startsWith('lib/db/') ?? false);

/** Files under `dirs` that import storage directly, with what they import. */
function storageImports(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    sourceFiles(dir).flatMap((file) =>
      allImportsOf(file)
        .filter(reachesStorage)
        .map((imp) => `${file} → ${imp.spec}`),
    ),
  );
}

/** Import cycles in a graph (each reported once, from its smallest member). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const walk = (start: string, node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) found.push([...path, start]);
      else if (next > start && !path.includes(next)) walk(start, next, [...path, next]);
    }
  };
  for (const node of [...graph.keys()].sort()) walk(node, node, [node]);
  return found;
}

const libFiles = sourceFiles('lib');
const fileGraph = new Map(libFiles.map((file) => [file, new Set(allImportsOf(file).flatMap((imp) => (imp.target ? [imp.target] : [])))]));
const folderOf = (file: string) => file.split('/').slice(0, 2).join('/');
const folderGraph = new Map<string, Set<string>>();
for (const [file, targets] of fileGraph) {
  const from = folderOf(file);
  const edges = folderGraph.get(from) ?? new Set<string>();
  for (const target of targets) if (target.startsWith('lib/') && folderOf(target) !== from) edges.add(folderOf(target));
  folderGraph.set(from, edges);
}

describe('layering', () => {
  it('nothing under app/ or lib/ui/ imports lib/db or Dexie (screens read through lib/hooks)', () => {
    expect(storageImports(['app', 'lib/ui'])).toEqual([]);
  });

  it('the check sees a direct import (it can fail)', () => {
    expect(storageImports(['lib/hooks']).length).toBeGreaterThan(0);
  });

  it('no file imports itself back through a circle in lib/', () => {
    expect(cycles(fileGraph)).toEqual([]);
  });

  it('no two folders of lib/ import each other, directly or through others', () => {
    expect(cycles(folderGraph)).toEqual([]);
  });

  it('the pure core imports no React, no Dexie, no DOM library', () => {
    const pure = ['lib/model', 'lib/srs', 'lib/notes', 'lib/import', 'lib/stats', 'lib/sync'];
    const impure = pure.flatMap((dir) =>
      sourceFiles(dir).flatMap((file) =>
        allImportsOf(file)
          .filter(
            (imp) =>
              /^(react|react-dom|dexie|dexie-react-hooks|dompurify)$/.test(imp.spec) || /^lib\/(db|hooks|ui)\//.test(imp.target ?? ''),
          )
          .map((imp) => `${file} → ${imp.spec}`),
      ),
    );
    expect(impure).toEqual([]);
  });
});
