// Build step before `next build`: the workers are bundled by esbuild into public/ (a plain script URL keeps working
// once the service worker serves the page), next to the sql.js wasm the import worker loads for Anki packages.
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('public', { recursive: true });
const WORKERS = {
  'public/import-worker.js': 'lib/import/worker/importWorker.ts',
  'public/export-worker.js': 'lib/export/worker/exportWorker.ts',
  'public/restore-worker.js': 'lib/export/worker/restoreWorker.ts',
  'public/sync-worker.js': 'lib/db/sync/syncWorker.ts',
  'public/import-write-worker.js': 'lib/db/importWrite/importWriteWorker.ts',
  'public/optimizer-worker.js': 'lib/srs/optimizer/worker/optimizerWorker.ts',
};
for (const [outfile, entry] of Object.entries(WORKERS)) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    outfile,
    metafile: true,
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(`${outfile}: ${(bytes / 1024).toFixed(0)} KB`);
}
copyFileSync('node_modules/sql.js/dist/sql-wasm-browser.wasm', 'public/sql-wasm-browser.wasm');

// The FSRS optimizer (fsrs-rs in wasm, with its thread pool) is served as published, loaded only when a learner asks
// for it. Its thread helper imports the package by directory (`../../..`), which only a bundler resolves: point it
// at the module file. Fail loudly if an update changes that line.
cpSync('node_modules/fsrs-browser', 'public/fsrs', {
  recursive: true,
  filter: (path) => !/(package\.json|README\.md|\.d\.ts)$/.test(path),
});
const rayon = readdirSync('public/fsrs/snippets').find((name) => name.startsWith('wasm-bindgen-rayon-'));
const helper = `public/fsrs/snippets/${rayon}/src/workerHelpers.js`;
const helperSource = readFileSync(helper, 'utf8');
if (!helperSource.includes("import('../../..')")) throw new Error(`${helper}: the package import to patch is gone`);
writeFileSync(helper, helperSource.replace("import('../../..')", "import('../../../fsrs_browser.js')"));
