import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS } from '../../lib/model';
import type { NoteSource } from '../../lib/notes';

/** The real notes in cards/, in both languages, as the build reads them. */
export const builtinNoteSources = (): NoteSource[] =>
  LANGS.flatMap((lang) =>
    readdirSync(join('cards', lang), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => {
        const file = join(e.parentPath, e.name);
        return { lang, path: file, mirror: relative(join('cards', lang), file), text: readFileSync(file, 'utf8') };
      }),
  );
