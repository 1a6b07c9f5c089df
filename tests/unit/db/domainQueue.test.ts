import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, loadDomainQueue, openDb, syncDeck } from '../../../lib/db';
import type { ExamDomain } from '../../../lib/model';
import { createScheduler, DEFAULT_QUEUE_LIMITS, DEFAULT_SCHEDULER_SETTINGS, studyDay } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4);
const key = (id: string) => cardKey('k8s', id);
const troubleshooting = (id: string, ord: number) => ({ ...basicCard(id, ord), tags: ['chapter-2', 'cka-troubleshooting'] });
let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  // 25 troubleshooting cards (more than the 20 new cards a day allows), and two cards of other domains.
  const cards = [
    { ...basicCard('net', 0), tags: ['cka-networking'] },
    ...Array.from({ length: 25 }, (_, i) => troubleshooting(`t${i}`, i + 1)),
    { ...basicCard('cfg', 26), tags: ['ckad-config-security'] },
  ];
  await syncDeck(db, artifact(cards), now);
});
afterEach(() => db.close());

describe('studying one exam domain', () => {
  it('offers every card of the domain, and only those, beyond the daily new-card limit', async () => {
    const q = await loadDomainQueue(db, 'k8s', 'cka-troubleshooting', now, day, DEFAULT_QUEUE_LIMITS);
    expect(q.counts.new).toBe(25);
    expect(q.cards.map((c) => c.cardId)).toEqual(Array.from({ length: 25 }, (_, i) => key(`t${i}`)));
  });

  it('puts the due cards of the domain before its new ones', async () => {
    const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
    await answerCard(db, scheduler, { cardKey: key('t7'), shownVersion: 0, rating: 1, now, durationMs: 1 });
    const later = now + 120_000;
    const q = await loadDomainQueue(db, 'k8s', 'cka-troubleshooting', later, day, DEFAULT_QUEUE_LIMITS);
    expect(q.cards[0]?.cardId).toBe(key('t7'));
    expect(q.counts).toMatchObject({ new: 24, learning: 1 });
  });

  it('refuses a name that is not an exam domain', async () => {
    await expect(loadDomainQueue(db, 'k8s', 'chapter-2' as ExamDomain, now, day, DEFAULT_QUEUE_LIMITS)).rejects.toThrow(
      'unknown exam domain "chapter-2"',
    );
  });
});
