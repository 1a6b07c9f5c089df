// Build time only: the notes pages are prerendered from the compiled deck (npm run cards runs before next build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeckArtifact, NotesArtifact, ReviewCard } from '../../lib/model';
import { type PackedDeck, unpackDeck } from '../../lib/notes/pack';

const read = <T>(file: string): T => JSON.parse(readFileSync(join(process.cwd(), 'public/deck', file), 'utf8')) as T;

let cache: { notes: NotesArtifact; deck: DeckArtifact } | null = null;
function load() {
  cache ??= { notes: read<NotesArtifact>('kubernetes-notes.json'), deck: unpackDeck(read<PackedDeck>('kubernetes.json')) };
  return cache;
}

export const notesIndex = () => {
  const { notes } = load();
  return {
    deckId: notes.deckId,
    chapters: notes.chapters,
    topics: notes.topics.map(({ topic, slug, chapter, title }) => ({ topic, slug, chapter, title })),
  };
};

export const topicSlugs = () => load().notes.topics.map((t) => t.slug);

export function topicPage(slug: string): { note: NotesArtifact['topics'][number]; cards: ReviewCard[]; deckId: string } | null {
  const { notes, deck } = load();
  const note = notes.topics.find((t) => t.slug === slug);
  if (!note) return null;
  return { note, cards: deck.cards.filter((c) => c.topic === note.topic), deckId: deck.deckId };
}
