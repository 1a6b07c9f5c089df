import type { NoteBlock } from '../model';
import { readCardBlocks } from './blocks';
import type { CompileError } from './errors';
import { type FrontMatter, parseFrontMatter } from './frontMatter';
import { type AuthoredNote, validateBlock } from './kinds';
import { checkObject, lintNote } from './lint';
import { parseProse } from './prose';

export interface CompiledFile {
  path: string;
  meta: FrontMatter | null;
  notes: AuthoredNote[];
  /** The prose, with card blocks as references, for the notes screen. */
  body: NoteBlock[];
  errors: CompileError[];
}

/** One note file → its front matter and validated card blocks. Pure: the caller reads the file. */
export function compileNoteFile(text: string, path: string): CompiledFile {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const front = parseFrontMatter(lines, path);
  const { blocks, errors } = readCardBlocks(lines, front.bodyStart, path);
  const notes: AuthoredNote[] = [];
  const all = [...front.errors, ...errors];
  for (const block of blocks) {
    const result = validateBlock(block, path);
    all.push(...result.errors);
    if (!result.note) continue;
    all.push(...lintNote(result.note, path), ...checkObject(result.note, path));
    notes.push(result.note);
  }
  return { path, meta: front.meta, notes, body: parseProse(lines.slice(front.bodyStart)), errors: all };
}
