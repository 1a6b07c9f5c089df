import { type RowContent, rowsToNotes } from './text/rows';
import type { ParseResult } from './types';

/**
 * Quizlet's export: cards separated by `cardSeparator` (a newline unless the learner chose another, e.g. `;` or a
 * blank line), term and definition by `termSeparator` (a tab unless chosen). No quoting: Quizlet writes none.
 */
export function parseQuizlet(text: string, fileName: string, termSeparator = '\t', cardSeparator = '\n'): ParseResult {
  if (text.trim() === '') return { ok: false, error: { code: 'empty-file' } };
  const rows: RowContent[] = [];
  let offset = 0;
  for (const record of text.replace(/\r\n/g, '\n').split(cardSeparator)) {
    const line = text.slice(0, offset).split('\n').length;
    offset += record.length + cardSeparator.length;
    if (record.trim() === '') continue;
    const at = record.indexOf(termSeparator);
    const fields = at < 0 ? [record.trim()] : [record.slice(0, at).trim(), record.slice(at + termSeparator.length).trim()];
    rows.push({ line: line + (/^\n+/.exec(record)?.[0].length ?? 0), fields, tags: [] });
  }
  const { notes, problems } = rowsToNotes(rows, false);
  return { ok: true, deck: { name: fileName.replace(/\.[^.]+$/, ''), format: 'quizlet', notes, media: new Map(), problems } };
}
