import { type Answer, answerCard, type KubecardsDb, type ScheduleRecord } from '../../../lib/db';
import { both, type ParsedDeck } from '../../../lib/import';
import type { DeckArtifact, ReviewCard } from '../../../lib/model';
import { createScheduler } from '../../../lib/srs';

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

/** Answers `key` "Good" at `at` as the review screen does (the version it shows, today's study day), with `extra`. */
export const answerGood = async (db: KubecardsDb, key: string, at: number, extra: Partial<Answer> = {}) =>
  answerCard(db, createScheduler(), {
    cardKey: key,
    shownVersion: ((await db.schedule.get(key)) as ScheduleRecord).version,
    rating: 3,
    now: at,
    durationMs: 1_000,
    day: '2026-06-10',
    ...extra,
  });

/** An imported deck "Mine" of one basic card per note, the notes' ids (guids) these. */
export const basicNotesDeck = (guids: readonly string[]): ParsedDeck => ({
  name: 'Mine',
  format: 'csv',
  media: new Map(),
  problems: [],
  notes: guids.map((guid, i) => ({
    guid,
    deck: '',
    tags: [],
    origin: `line ${i + 1}`,
    cards: [{ kind: 'basic', facet: 'card', content: both({ front: `Q ${guid}`, back: `A ${guid}` }) }],
  })),
});
