import type { ImportError } from '../types';

export interface Row {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[];
}

/**
 * RFC 4180 records with any one-character separator: quoted fields may hold separators, `""` and newlines. Lines whose
 * first character is `#` are skipped when `comments` is set (Anki's header and comment lines).
 */
export function readDelimited(text: string, separator: string, comments: boolean): { rows: Row[] } | { error: ImportError } {
  const rows: Row[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    if (comments && text[i] === '#') {
      while (i < n && text[i] !== '\n') i++;
      i++;
      line++;
      continue;
    }
    const fields: string[] = [];
    let field = '';
    let quotedField = false;
    for (;;) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const c = text[i];
      if (c === '"' && field.trim() === '' && !quotedField) {
        field = ''; // a space before the opening quote (`a; "b"`) is not part of the field
        // A quoted field: read to the closing quote.
        quotedField = true;
        i++;
        for (;;) {
          if (i >= n) return { error: { code: 'unterminated-quote', line: start } };
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (text[i] === '\n') line++;
          field += text[i++];
        }
        continue;
      }
      if (c === separator) {
        fields.push(field);
        field = '';
        quotedField = false;
        i++;
        continue;
      }
      if (c === '\n' || c === '\r') {
        fields.push(field);
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      field += c;
      i++;
    }
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) rows.push({ line: start, fields });
  }
  return { rows };
}

const CANDIDATES = ['\t', ';', ',', '|'];

/** The separator that splits the first lines into the most consistent number (≥2) of fields. */
export function detectSeparator(text: string): string {
  const sample = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(0, 20);
  let best = '\t';
  let bestScore = -1;
  for (const sep of CANDIDATES) {
    const counts = sample.map((l) => splitOutsideQuotes(l, sep));
    const common = mode(counts);
    if (common < 2) continue;
    const score = counts.filter((c) => c === common).length * 10 + (sep === '\t' ? 1 : 0);
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

function splitOutsideQuotes(line: string, sep: string): number {
  let count = 1;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) count++;
  }
  return count;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}
