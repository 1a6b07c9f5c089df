import { clozeNumbers } from '../../model';
import { hashString } from '../hash';
import { both, type ImportedCard, type ImportedNote, type ImportProblem, LIMITS } from '../types';

/** One row's content once its columns are known: the first field is the front, the rest the back. */
export interface RowContent {
  line: number;
  fields: string[];
  guid?: string;
  deck?: string;
  tags: string[];
  notetype?: string;
}

/** Rows → notes with Anki's rules: empty front, duplicate front and oversized fields are skipped with a reason. */
export function rowsToNotes(rows: RowContent[], html: boolean): { notes: ImportedNote[]; problems: ImportProblem[] } {
  const notes: ImportedNote[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const where = `line ${row.line}`;
    const [front = '', ...rest] = row.fields.map((field) => field.trim());
    if (row.fields.some((f) => f.length > LIMITS.fieldChars)) {
      problems.push({ where, code: 'field-too-large', detail: `${LIMITS.fieldChars} characters at most` });
      continue;
    }
    if (front.trim() === '') {
      problems.push({ where, code: 'empty-front' });
      continue;
    }
    const guid = row.guid || `h:${hashString(front)}`;
    if (seen.has(guid)) {
      problems.push({ where, code: 'duplicate', detail: front.slice(0, 60) });
      continue;
    }
    seen.add(guid);
    const back = rest.filter((f) => f.trim() !== '').join(html ? '<br>' : '\n');
    const clozes = clozeNumbers(front);
    const cloze = clozes.length > 0 && (row.notetype === undefined || /cloze/i.test(row.notetype));
    const cards: ImportedCard[] = cloze
      ? clozes.map((n) => ({ kind: 'cloze', facet: `c${n}`, cloze: n, html, content: both({ text: front, extra: back }) }))
      : [{ kind: 'basic', facet: 'card', html, content: both({ front, back }) }];
    notes.push({ guid, deck: row.deck ?? '', tags: row.tags, origin: where, cards });
  }
  return { notes, problems };
}
