// First-load JS per route: the gzip size of every script an exported HTML page loads before it is interactive.
// Usage: node scripts/first-load-js.mjs [outDir] [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstLoadJs(outDir = 'out') {
  const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  return pages.map((page) => {
    const html = readFileSync(page, 'utf8');
    // noModule scripts are legacy polyfills that modern browsers never download.
    const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
    const scripts = new Set(tags.map((m) => m[1]));
    const bytes = [...scripts].reduce((sum, src) => sum + gzipSync(readFileSync(join(outDir, src.split('?')[0]))).length, 0);
    const route = `/${relative(outDir, page).replace(/(index)?\.html$/, '')}`.replace(/\/$/, '') || '/';
    return { route, scripts: scripts.size, bytes, kbGzip: Math.round((bytes / 1024) * 10) / 10 };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = firstLoadJs(process.argv[2] ?? 'out');
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else for (const row of rows) console.log(`${row.route.padEnd(16)} ${String(row.kbGzip).padStart(7)} KB gzip  (${row.scripts} scripts)`);
}
