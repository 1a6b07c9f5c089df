// Build step before `next build`: the import worker is bundled by esbuild into public/ (a plain script URL keeps
// working once the service worker serves the page), next to the sql.js wasm it loads for Anki packages.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('public', { recursive: true });
const result = await build({
  entryPoints: ['lib/import/worker/importWorker.ts'],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  outfile: 'public/import-worker.js',
  metafile: true,
});
copyFileSync('node_modules/sql.js/dist/sql-wasm-browser.wasm', 'public/sql-wasm-browser.wasm');
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`public/import-worker.js: ${(bytes / 1024).toFixed(0)} KB; public/sql-wasm-browser.wasm copied`);
