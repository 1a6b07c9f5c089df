import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answerCard,
  cardKey,
  getSetting,
  importDeckId,
  type KubecardsDb,
  logEventOf,
  openDb,
  type ScheduleRecord,
  writeImport,
} from '../../../lib/db';
import type { LogDoc, SyncDoc } from '../../../lib/db/syncDocs';
import { batchLimitAfter, syncOnce } from '../../../lib/db/syncOnce';
import { both, type ParsedDeck } from '../../../lib/import';
import { memoryStateOf } from '../../../lib/model';
import { createScheduler } from '../../../lib/srs';
import { replayLog } from '../../../lib/sync';
import { freshName } from './helpers';
import { memoryRemote } from './memoryRemote';

// A pull asks for batches sized by what they hold (one transaction each): many small notes to a batch, few large log
// documents; and it places a batch's notes together. A fresh device must end as a one-by-one pull would leave it.

const start = Date.UTC(2026, 5, 10, 12);
const NOTES = 600;
const deckId = importDeckId('Many');
const keyOf = (i: number) => cardKey('import', `n${i}#card`);

const manyNotes = (): ParsedDeck => ({
  name: 'Many',
  format: 'csv',
  media: new Map(),
  problems: [],
  notes: Array.from({ length: NOTES }, (_, i) => ({
    guid: `n${i}`,
    deck: '',
    tags: [],
    origin: `line ${i + 1}`,
    cards: [{ kind: 'basic' as const, facet: 'card', content: both({ front: `Q${i}`, back: `A${i}` }) }],
  })),
});

const logDoc = (entries: number): SyncDoc => ({ _id: 'log', type: 'log', device: 'd', params: {}, entries: new Array(entries) }) as LogDoc;
const noteDoc = (media: number): SyncDoc =>
  ({
    _id: 'note:n',
    type: 'note',
    at: 0,
    by: 'd',
    body: { cards: [{}], media: Object.fromEntries(Array.from({ length: media }, (_, i) => [`f${i}`, 'sha'])) },
  }) as unknown as SyncDoc;

let phone: KubecardsDb;
let laptop: KubecardsDb;
beforeEach(() => {
  phone = openDb(freshName());
  laptop = openDb(freshName());
});
afterEach(() => {
  phone.close();
  laptop.close();
});

describe('pulled batches', () => {
  it('are sized by the rows they hold: notes many to a batch, log documents and media few', () => {
    expect(batchLimitAfter([])).toBe(100);
    expect(batchLimitAfter(Array.from({ length: 100 }, () => logDoc(500)))).toBe(120);
    expect(batchLimitAfter(Array.from({ length: 100 }, () => logDoc(5_000)))).toBe(100);
    expect(batchLimitAfter(Array.from({ length: 100 }, () => noteDoc(0)))).toBe(6_000);
    expect(batchLimitAfter(Array.from({ length: 100 }, () => noteDoc(1)))).toBe(299);
    expect(batchLimitAfter([...Array.from({ length: 50 }, () => noteDoc(0)), ...Array.from({ length: 50 }, () => logDoc(20))])).toBe(5_714);
  });

  it('a fresh device pulls 600 notes and their answers in growing batches: every card, each its own place, schedules as replayed', async () => {
    const remote = memoryRemote();
    const limits: number[] = [];
    const changes = remote.changes.bind(remote);
    remote.changes = (options) => {
      limits.push(options.limit);
      return changes(options);
    };
    await writeImport(laptop, manyNotes(), { now: start, fileName: 'many.csv' });
    const scheduler = createScheduler();
    for (let i = 0; i < NOTES; i += 2) {
      const row = (await laptop.schedule.get(keyOf(i))) as ScheduleRecord;
      await answerCard(laptop, scheduler, {
        cardKey: keyOf(i),
        shownVersion: row.version,
        rating: 3,
        now: start + i * 1_000,
        durationMs: 1_000,
      });
    }
    await syncOnce(laptop, remote);
    limits.length = 0;
    await syncOnce(phone, remote);

    expect(limits).toEqual([100, 6_000]);
    const cards = await phone.cards.where('deckId').equals(deckId).toArray();
    expect(cards).toHaveLength(NOTES);
    expect(new Set(cards.map((card) => card.ord)).size).toBe(NOTES);
    expect(await phone.reviewLog.count()).toBe(NOTES / 2);
    const known = (await getSetting(phone, 'schedulerParams')) ?? {};
    const replayed = replayLog((await laptop.reviewLog.toArray()).map(logEventOf), (id) => createScheduler(known[id])).cards;
    for (let i = 0; i < NOTES; i++) {
      const here = memoryStateOf((await phone.schedule.get(keyOf(i))) as ScheduleRecord);
      expect(here).toEqual(memoryStateOf((await laptop.schedule.get(keyOf(i))) as ScheduleRecord));
      if (i % 2 === 0) expect(here).toEqual(replayed.get(keyOf(i))?.memory);
    }
  });
});
