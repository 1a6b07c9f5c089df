import { expect, it } from 'vitest';
import { EXAM_DOMAINS } from '../../../lib/model';
import { compileDeck, type NoteSource } from '../../../lib/notes';
import { builtinNoteSources } from '../builtinNotes';

// Chapter 1 and topics 4.3-4.5 had no `domains:`, so studying a domain and mastery by domain skipped about 180 cards.
it('puts every card of the built-in deck in at least one CKA/CKAD domain', () => {
  const sources: NoteSource[] = builtinNoteSources();
  const { deck } = compileDeck(sources, { deckId: 'kubernetes', name: { en: 'Kubernetes', zh: 'Kubernetes' } });
  const domains: readonly string[] = EXAM_DOMAINS;
  const outside = (deck?.cards ?? []).filter((card) => !card.tags.some((tag) => domains.includes(tag))).map((card) => card.id);
  expect(deck?.cards.length).toBeGreaterThan(0);
  expect(outside).toEqual([]);
});
