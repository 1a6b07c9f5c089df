import type { DeckArtifact, ReviewCard } from '../../../lib/model';

let counter = 0;
/** A fresh database name per test: fake-indexeddb keeps databases for the whole process. */
export const freshName = () => `test-${process.pid}-${counter++}`;

export function basicCard(id: string, ord: number, front = `front of ${id}`): ReviewCard {
  const path = { path: 'cards/en/x.md', line: ord + 1 };
  return {
    id,
    noteId: id.split('#')[0],
    ord,
    topic: '1.1',
    tags: [],
    source: { en: path, zh: { ...path, path: 'cards/zh/x.md' } },
    sources: [],
    kind: 'basic',
    content: { en: { front, back: 'back' }, zh: { front: `正面 ${id}`, back: '背面' } },
  };
}

export function artifact(cards: ReviewCard[], hash = JSON.stringify(cards).length.toString()): DeckArtifact {
  return { format: 'kubecards-deck', version: 1, deckId: 'k8s', name: { en: 'K8s', zh: 'K8s' }, hash, topics: [], cards };
}
