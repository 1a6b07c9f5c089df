import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { EXAM_DOMAINS, LANGS } from '../../../lib/model';
import { compileDeck, type NoteSource } from '../../../lib/notes';

// Chapter 1 and topics 4.3-4.5 had no `domains:`, so studying a domain and mastery by domain skipped about 180 cards.
it('puts every card of the built-in deck in at least one CKA/CKAD domain', () => {
  const sources: NoteSource[] = LANGS.flatMap((lang) =>
    readdirSync(join('cards', lang), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => {
        const file = join(e.parentPath, e.name);
        return { lang, path: file, mirror: relative(join('cards', lang), file), text: readFileSync(file, 'utf8') };
      }),
  );
  const { deck } = compileDeck(sources, { deckId: 'kubernetes', name: { en: 'Kubernetes', zh: 'Kubernetes' } });
  const domains: readonly string[] = EXAM_DOMAINS;
  const outside = (deck?.cards ?? []).filter((card) => !card.tags.some((tag) => domains.includes(tag))).map((card) => card.id);
  expect(deck?.cards.length).toBeGreaterThan(0);
  expect(outside).toEqual([]);
});
