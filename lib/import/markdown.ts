import { compileNoteFile, formatError } from '../notes';
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
  const context = { topic: meta.topic, area: meta.area, tags: [], competencies: [], sources: meta.sources, paths: both(fileName) };
  const notes: ImportedNote[] = file.notes.map((note) => {
    // The writer assigns ids, order and source; the card keeps its facet (`reverse`, `c2`, `kind`…).
    const cards = reviewCards(both(note), context).map(
      ({ id, noteId: _n, topic: _t, source: _s, sources: _o, tags: _g, area: _a, competencies: _c, ...card }) => ({
        ...card,
        facet: id.includes('#') ? id.slice(id.indexOf('#') + 1) : 'card',
      }),
    ) as ImportedCard[];
    return { guid: `md:${note.id}`, deck: '', tags: note.tags, origin: `line ${note.line}`, cards };
  });
  return { ok: true, deck: { name: meta.title, format: 'kubecards-markdown', notes, media: new Map(), problems: [] } };
}
