// Build step after `next build`: bundle sw-src/sw.ts with esbuild, then let Workbox inject the precache manifest of out/.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

const outDir = process.argv[2] ?? 'out';
const bundled = `${outDir}/sw.bundle.js`;

await build({
  entryPoints: ['lib/pwa/sw/sw.ts'],
  bundle: true,
  format: 'iife',
  minify: true,
  outfile: bundled,
  // Workbox reads process.env.NODE_ENV; a service worker has no `process`.
  define: { 'process.env.NODE_ENV': '"production"' },
});

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: `${outDir}/sw.js`,
  globDirectory: outDir,
  globPatterns: ['**/*.{html,js,css,txt,json,svg,png,ico,webmanifest,woff2,wasm}'],
  globIgnores: ['sw.js', 'sw.bundle.js'],
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
rmSync(bundled);
for (const warning of warnings) console.warn(`workbox: ${warning}`);
console.log(`${outDir}/sw.js: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
