import type { ImportProblem, ParseResult } from '../types';
import { readAnkiHeaders } from './ankiHeaders';
import { detectSeparator, type Row, readDelimited } from './delimited';
import { type RowContent, rowsToNotes } from './rows';

export interface TextOptions {
  /** Override the detected separator (the learner can change it in the preview). */
  separator?: string;
  /** Override whether the first row names the columns. */
  header?: boolean;
}

const FRONT_NAMES = /^(front|term|question|word|q|prompt|正面|问题)$/i;
const BACK_NAMES = /^(back|definition|answer|meaning|a|response|背面|答案)$/i;
const TAG_NAMES = /^(tags?|labels?|标签)$/i;

const looksLikeHeader = (row: Row) =>
  row.fields.some((f) => FRONT_NAMES.test(f.trim())) && row.fields.some((f) => BACK_NAMES.test(f.trim()));

/**
 * Anki "Notes in Plain Text" exports (with their `#` headers) and CSV/TSV with or without a header row, in one parser:
 * both are delimited rows whose first field is the front and the rest the back.
 */
export function parseText(text: string, fileName: string, options: TextOptions = {}): ParseResult {
  if (text.trim() === '') return { ok: false, error: { code: 'empty-file' } };
  const headers = readAnkiHeaders(text);
  const isAnki = headers.present || /\.txt$/i.test(fileName);
  const separator = options.separator ?? headers.separator ?? detectSeparator(text);
  const read = readDelimited(text, separator, isAnki);
  if ('error' in read) return { ok: false, error: read.error };
  let rows = read.rows;

  const meta = new Set(
    [headers.guidColumn, headers.notetypeColumn, headers.deckColumn, headers.tagsColumn].filter((c): c is number => c !== undefined),
  );
  let fieldColumns: number[] | null = null;
  let tagColumn = headers.tagsColumn;
  const problems: ImportProblem[] = [];

  const header = options.header ?? (!isAnki && rows.length > 0 && looksLikeHeader(rows[0]));
  if (header && rows.length > 0) {
    const names = rows[0].fields.map((f) => f.trim());
    const front = names.findIndex((n) => FRONT_NAMES.test(n));
    const back = names.findIndex((n) => BACK_NAMES.test(n));
    const tags = names.findIndex((n) => TAG_NAMES.test(n));
    if (tags >= 0) tagColumn = tags + 1;
    const others = names.map((_, i) => i).filter((i) => i !== front && i !== back && i !== tags);
    fieldColumns = front >= 0 && back >= 0 ? [front, back, ...others] : names.map((_, i) => i).filter((i) => i !== tags);
    rows = rows.slice(1);
  }
  // A card needs a front and a back column: one column means the separator is wrong, and every row says so.
  const width = Math.max(2, header ? (fieldColumns?.length ?? 0) + (tagColumn ? 1 : 0) : (rows[0]?.fields.length ?? 0));
  fieldColumns ??= Array.from({ length: width }, (_, i) => i).filter((i) => !meta.has(i + 1));

  const contents: RowContent[] = [];
  for (const row of rows) {
    if (row.fields.length > width) {
      problems.push({ where: `line ${row.line}`, code: 'too-many-fields', detail: `${row.fields.length} fields, expected ${width}` });
      continue;
    }
    const content = fieldColumns.map((i) => row.fields[i] ?? '');
    if (row.fields.length < 2) {
      problems.push({ where: `line ${row.line}`, code: 'too-few-fields', detail: `${row.fields.length} field, expected ${width}` });
      continue;
    }
    const cell = (column?: number) => (column ? row.fields[column - 1]?.trim() : undefined);
    contents.push({
      line: row.line,
      fields: content,
      guid: cell(headers.guidColumn),
      notetype: cell(headers.notetypeColumn),
      deck: cell(headers.deckColumn) ?? headers.deck,
      tags: [...(headers.tags ?? []), ...(cell(tagColumn) ?? '').split(/\s+/).filter(Boolean)],
    });
  }
  const { notes, problems: rowProblems } = rowsToNotes(contents, headers.html ?? false);
  const format = isAnki ? 'anki-text' : 'csv';
  const name = fileName.replace(/\.[^.]+$/, '') || fileName;
  return {
    ok: true,
    deck: { name, format, notes, media: new Map(), problems: [...problems, ...rowProblems], headerRow: header },
  };
}
