// A small static server for the exported app: `/review` and `/review/` both serve review.html (as a PWA host must),
// unknown paths get 404.html. Usage: node scripts/serve.mjs [dir] [port]
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /\.(html|js|css|json|txt|svg|webmanifest|wasm)$/;
const gzipCache = new Map();
/** gzip once per version of a file (a redeploy changes the mtime). */
const gzipped = (path) => {
  const { mtimeMs, size } = statSync(path);
  const key = `${path}:${mtimeMs}:${size}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(readFileSync(path)));
  return gzipCache.get(key);
};

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The file a URL path maps to, or null. Never leaves `root`. */
export function resolvePath(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  const trimmed = base.replace(/[/\\]+$/, '');
  for (const candidate of [base, `${trimmed}.html`, join(base, 'index.html')]) if (isFile(candidate)) return candidate;
  return null;
}

/**
 * Cross-origin isolation: the FSRS optimizer trains on threads that share memory, which browsers allow only in an
 * isolated page. The app loads nothing from other origins, so it costs nothing. (The service worker adds the same
 * headers to what it serves, for hosts that cannot set headers.)
 */
const CROSS_ORIGIN_ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/**
 * The sync server under the app's own origin, as the production reverse proxy does (README): `/couchdb/...` goes to
 * `couchdb` (`http://host:port`), so the strict CSP's `connect-src 'self'` holds and the session cookie is first-party.
 */
function proxyToCouchDb(req, res, couchdb) {
  const target = new URL(req.url.replace(/^\/couchdb/, '') || '/', couchdb);
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'bad_gateway', reason: 'the sync server is not running' }));
  });
  req.pipe(upstream);
}

/**
 * `isolate: false` serves like a host that cannot set headers (the service worker then isolates the app itself);
 * `couchdb`: the sync server to serve under `/couchdb/` (default: the COUCHDB_URL environment variable, or none).
 */
export function startServer(dir = 'out', port = 3000, { isolate = true, couchdb = process.env.COUCHDB_URL } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (couchdb && /^\/couchdb(\/|$)/.test(url.pathname)) return proxyToCouchDb(req, res, couchdb);
    const file = resolvePath(root, url.pathname);
    const found = file ?? join(root, '404.html');
    const headers = { 'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream', ...(isolate ? CROSS_ORIGIN_ISOLATION : {}) };
    // The service worker script must always be revalidated so updates are seen.
    if (found.endsWith('sw.js')) headers['Cache-Control'] = 'no-cache';
    // Compress text as any real static host does (gzip, computed once per file).
    if (COMPRESSIBLE.test(found) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
      res.writeHead(file ? 200 : 404, headers);
      res.end(gzipped(found));
      return;
    }
    res.writeHead(file ? 200 : 404, headers);
    createReadStream(found).pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'out', port = '3000'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port));
  console.log(`Kubecards is served from ${dir}/ at http://localhost:${server.address().port}`);
}
