import { compileNoteFile, formatError } from '../notes';
import type { FrontMatter } from '../notes/frontMatter';
import type { AuthoredNote } from '../notes/kinds';
import { reviewCards } from '../notes/yields';
import { both, type ImportedCard, type ImportedNote, type ParseResult } from './types';

/**
 * Kubecards Markdown: the note syntax of cards/ (front matter and ```card blocks), in one language. Every problem is
 * reported with its line, as the build does; a file with any problem is not imported.
 */
export function parseMarkdown(text: string, fileName: string): ParseResult {
  const file = compileNoteFile(text, fileName);
  if (file.errors.length > 0) {
    const [first] = file.errors;
    return { ok: false, error: { code: 'bad-markdown', line: first.line, detail: file.errors.map(formatError).join('\n') } };
  }
  const meta = file.meta;
  if (!meta) return { ok: false, error: { code: 'bad-markdown', line: 1 } };
  const notes: ImportedNote[] = file.notes.map((note) => ({
    guid: `md:${note.id}`,
    deck: '',
    tags: note.tags,
    origin: `line ${note.line}`,
    cards: importedCards(note, fileName, meta),
  }));
  return { ok: true, deck: { name: meta.title, format: 'kubecards-markdown', notes, media: new Map(), problems: [] } };
}

/** The cards a validated note yields, as the import writer takes them (it assigns ids, order and source). */
export function importedCards(note: AuthoredNote, fileName: string, meta: Pick<FrontMatter, 'topic' | 'area' | 'sources'>): ImportedCard[] {
  const context = { topic: meta.topic, area: meta.area, tags: [], competencies: [], sources: meta.sources, paths: both(fileName) };
  // The card keeps its facet (`reverse`, `c2`, `kind`…).
  return reviewCards(both(note), context).map(
    ({ id, noteId: _n, topic: _t, source: _s, sources: _o, tags: _g, area: _a, competencies: _c, ...card }) => ({
      ...card,
      facet: id.includes('#') ? id.slice(id.indexOf('#') + 1) : 'card',
    }),
  ) as ImportedCard[];
}
