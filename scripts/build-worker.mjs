// Build step before `next build`: the workers are bundled by esbuild into public/ (a plain script URL keeps working
// once the service worker serves the page), next to the sql.js wasm the import worker loads for Anki packages.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('public', { recursive: true });
const WORKERS = {
  'public/import-worker.js': 'lib/import/worker/importWorker.ts',
  'public/sync-worker.js': 'lib/db/sync/syncWorker.ts',
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
