// Build step after `next build`, before the service worker: gives every exported page a strict Content-Security-Policy
// in a <meta> tag (a static host sets no headers). Scripts run only from this origin or when their exact text was
// hashed here; the build fails on an inline event handler or a `javascript:` URL, which no policy should have to allow.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'out';
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const EVENT_HANDLER = /<[a-zA-Z][^>]*\son[a-z]+\s*=/;
const CHARSET = '<meta charSet="utf-8"/>';

/** The policy for one page, given the hashes of its inline scripts. */
function policyFor(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ')}`,
    // Imported Anki cards carry style attributes; styles cannot run code, and no remote origin can be reached.
    "style-src 'self' 'unsafe-inline'",
    // Media of imported cards is shown from IndexedDB through blob: and data: URLs.
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

const pages = readdirSync(outDir, { recursive: true }).filter((path) => path.endsWith('.html'));
for (const page of pages) {
  const path = join(outDir, page);
  const html = readFileSync(path, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${path}: already has a policy`);
  if (EVENT_HANDLER.test(html)) throw new Error(`${path}: inline event handler ${html.match(EVENT_HANDLER)?.[0]}`);
  if (/\s(?:href|src|action)="\s*javascript:/i.test(html)) throw new Error(`${path}: javascript: URL`);
  if (!html.includes(CHARSET)) throw new Error(`${path}: no ${CHARSET} to put the policy after`);
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => createHash('sha256').update(body).digest('base64'));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor([...new Set(hashes)])}"/>`;
  writeFileSync(path, html.replace(CHARSET, `${CHARSET}${meta}`));
}
console.log(`${outDir}: Content-Security-Policy on ${pages.length} pages`);
