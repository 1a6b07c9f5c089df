import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, applyCardAction, browseCards, cardKey, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import type { ReviewCard } from '../../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
let db: KubecardsDb;

const card = (id: string, ord: number, front: string, topic: string, tags: string[]): ReviewCard => ({
  ...basicCard(id, ord, front),
  topic,
  tags,
});

beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(
    db,
    artifact([
      card('etcd-port', 0, 'Client port of etcd?', '1.2', ['area-architecture']),
      card('drain', 1, 'Drain a node', '2.3', ['area-operations', 'cka-architecture']),
      card('svc', 2, 'What is a Service?', '3.2', ['area-api']),
    ]),
    now,
  );
  await answerCard(db, scheduler, { cardKey: cardKey('k8s', 'drain'), shownVersion: 0, rating: 4, now, durationMs: 1 });
  await applyCardAction(db, cardKey('k8s', 'svc'), 0, { type: 'suspend' }, now);
});
afterEach(() => db.close());

const ids = async (query: Parameters<typeof browseCards>[1]) => (await browseCards(db, query, now + 1000)).rows.map((r) => r.card.id);

describe('card browser search', () => {
  it('text in either language, case-insensitive', async () => {
    expect(await ids({ text: 'ETCD' })).toEqual(['etcd-port']);
    expect(await ids({ text: '正面 svc' })).toEqual(['svc']);
  });

  it('by topic (and chapter prefix), tag and kind', async () => {
    expect(await ids({ topic: '2.3' })).toEqual(['drain']);
    expect(await ids({ topic: '1' })).toEqual(['etcd-port']);
    expect(await ids({ tag: 'area-api' })).toEqual(['svc']);
    expect(await ids({ kind: 'cloze' })).toEqual([]);
  });

  it('by state, due range and retrievability', async () => {
    expect(await ids({ state: 'new' })).toEqual(['etcd-port']);
    expect(await ids({ state: 'review' })).toEqual(['drain']);
    expect(await ids({ state: 'suspended' })).toEqual(['svc']);
    expect(await ids({ dueFromDays: 1, dueToDays: 30 })).toEqual(['drain']);
    expect(await ids({ dueToDays: 0 })).toEqual([]);
    expect(await ids({ retrievabilityBelow: 0.5 })).toEqual([]);
    expect(await ids({ retrievabilityBelow: 1.01 })).toEqual(['drain']);
  });

  it('sorts by due, lapses or note order, and counts everything that matched', async () => {
    expect(await ids({ sort: 'due' })).toEqual(['drain', 'etcd-port', 'svc']);
    expect((await browseCards(db, { limit: 1 }, now)).total).toBe(3);
  });
});
