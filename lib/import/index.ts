import type { SqlJsStatic } from 'sql.js';
import { parseApkg } from './apkg/parseApkg';
import { parseJson } from './json';
import { parseMarkdown } from './markdown';
import { parseQuizlet } from './quizlet';
import { parseText, type TextOptions } from './text/parseText';
import { fileTooLarge, LIMITS, type ParseResult } from './types';

export { JSON_FORMAT, JSON_VERSION } from './json';
export * from './types';

export interface ImportOptions extends TextOptions {
  /** Treat the text as a Quizlet export with these separators. */
  quizlet?: { term: string; card: string };
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Any supported file → one ParsedDeck, or an error with a code (and a line where there is one). Pure: the caller
 * supplies sql.js for Anki packages (loaded only when one is imported).
 */
export async function parseImport(
  file: { name: string; bytes: Uint8Array },
  options: ImportOptions,
  loadSql: () => Promise<SqlJsStatic>,
): Promise<ParseResult> {
  const { name, bytes } = file;
  if (bytes.length > LIMITS.fileBytes) return { ok: false, error: fileTooLarge() };
  if (bytes.length === 0) return { ok: false, error: { code: 'empty-file' } };
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (isZip(bytes)) return parseApkg(bytes, name, await loadSql());
  if (ext === 'apkg' || ext === 'colpkg') return { ok: false, error: { code: 'bad-zip', detail: 'not a zip archive' } };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, error: { code: 'not-utf8' } };
  }
  if (text.includes('\u0000')) return { ok: false, error: { code: 'unsupported-format', detail: 'binary data' } };
  if (options.quizlet) return parseQuizlet(text, name, options.quizlet.term, options.quizlet.card);
  if (ext === 'json' || (ext === '' && text.trimStart().startsWith('{'))) return parseJson(text, name);
  if (ext === 'md' || ext === 'markdown' || (ext === '' && text.startsWith('---'))) return parseMarkdown(text, name);
  if (['csv', 'tsv', 'txt', ''].includes(ext)) return parseText(text, name, options);
  return { ok: false, error: { code: 'unsupported-format', detail: ext } };
}
