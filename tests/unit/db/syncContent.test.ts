import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answerCard,
  cardKey,
  deleteDeck,
  getSetting,
  importDeckId,
  type KubecardsDb,
  logEventOf,
  openDb,
  type ScheduleRecord,
  writeImport,
} from '../../../lib/db';
import { applyBulkAction } from '../../../lib/db/bulkActions';
import { pickNoteVersion, readNoteConflict } from '../../../lib/db/noteConflict';
import { syncOnce } from '../../../lib/db/syncOnce';
import { both, type ParsedDeck } from '../../../lib/import';
import { memoryStateOf } from '../../../lib/model';
import { createScheduler } from '../../../lib/srs';
import { replayLog } from '../../../lib/sync';
import { freshName } from './helpers';
import { memoryRemote } from './memoryRemote';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const deckId = importDeckId('Mine');
const keyOf = (guid: string) => cardKey('import', `${guid}#card`);

const deck = (): ParsedDeck => ({
  name: 'Mine',
  format: 'csv',
  media: new Map([['pod.png', image]]),
  problems: [],
  notes: ['a', 'b', 'c'].map((guid, i) => ({
    guid,
    deck: '',
    tags: ['t'],
    origin: `line ${i + 1}`,
    cards: [{ kind: 'basic', facet: 'card', content: both({ front: `Q ${guid} <img src="pod.png">`, back: `A ${guid}` }) }],
  })),
});

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

const answer = async (db: KubecardsDb, key: string, at: number) => {
  const row = (await db.schedule.get(key)) as ScheduleRecord;
  await answerCard(db, createScheduler(), {
    cardKey: key,
    shownVersion: row.version,
    rating: 3,
    now: at,
    durationMs: 1_000,
    day: '2026-06-10',
  });
};
const cardsOf = async (db: KubecardsDb) =>
  (await db.cards.where('deckId').equals(deckId).toArray())
    .map(({ ord: _ord, ...card }) => card)
    .sort((a, b) => a.key.localeCompare(b.key));
const expectReplayed = async (db: KubecardsDb) => {
  const known = (await getSetting(db, 'schedulerParams')) ?? {};
  const { cards } = replayLog((await db.reviewLog.toArray()).map(logEventOf), (id) => createScheduler(known[id]));
  for (const [key, card] of cards) expect(memoryStateOf((await db.schedule.get(key)) as ScheduleRecord)).toEqual(card?.memory);
};

describe('imported decks, notes and media between two devices', () => {
  it('a deck imported on one, with its image and its answers, arrives on the other; its schedules equal a replay', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    await answer(phone, keyOf('a'), start + HOUR);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);

    expect(await cardsOf(laptop)).toEqual(await cardsOf(phone));
    expect((await laptop.decks.get(deckId))?.name.en).toBe('Mine');
    expect((await laptop.media.get('pod.png'))?.data).toEqual(image);
    expect(await laptop.reviewLog.count()).toBe(1);
    expect(memoryStateOf((await laptop.schedule.get(keyOf('a'))) as ScheduleRecord)).toEqual(
      memoryStateOf((await phone.schedule.get(keyOf('a'))) as ScheduleRecord),
    );
    await expectReplayed(laptop);
    // The image went up once, as one document named by its content, however many notes show it.
    expect([...remote.docs.keys()].filter((id) => id.startsWith('media:'))).toHaveLength(1);
    expect([...remote.docs.keys()].filter((id) => id.startsWith('note:'))).toHaveLength(3);
  });

  it("a pull cut after its first batch leaves the deck's search text marked stale; the next round rebuilds it, even offline", async () => {
    const remote = memoryRemote();
    const many = {
      ...deck(),
      notes: Array.from({ length: 150 }, (_, i) => ({ ...deck().notes[0], guid: `n${i}`, origin: `line ${i + 1}` })),
    };
    await writeImport(phone, many as ParsedDeck, { now: start, fileName: 'many.csv' });
    await syncOnce(phone, remote);
    remote.failChangesAfter(1);
    await expect(syncOnce(laptop, remote)).rejects.toThrow('server gone');
    // The round's end rebuilt what its first batch brought: the search text holds every card the laptop has.
    expect((await laptop.searchText.get(deckId))?.keys).toHaveLength(await laptop.cards.where('deckId').equals(deckId).count());
    remote.failChangesAfter(Number.POSITIVE_INFINITY);
    await syncOnce(laptop, remote);
    expect((await laptop.searchText.get(deckId))?.keys).toHaveLength(150);
    expect(await getSetting(laptop, 'syncStaleSearchText')).toBeUndefined();
  });

  it('a note whose image the server lacks still arrives, without it (a later pull is not stopped by it)', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    await syncOnce(phone, remote);
    remote.files.clear();
    await syncOnce(laptop, remote);
    expect(await laptop.cards.count()).toBe(3);
    expect(await laptop.media.count()).toBe(0);
  });

  it('answers that arrive before their deck are replayed when it comes', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    await writeImport(laptop, deck(), { now: start, fileName: 'mine.csv' });
    await answer(laptop, keyOf('b'), start + HOUR);
    await syncOnce(laptop, remote);
    const fresh = openDb(freshName());
    await syncOnce(fresh, remote);
    expect(await fresh.cards.count()).toBe(3);
    expect(memoryStateOf((await fresh.schedule.get(keyOf('b'))) as ScheduleRecord)).toEqual(
      memoryStateOf((await laptop.schedule.get(keyOf('b'))) as ScheduleRecord),
    );
    fresh.close();
    // The same file imported on both is no conflict.
    await syncOnce(phone, remote);
    expect(await readNoteConflict(phone, 'a')).toBeNull();
  });

  it('a deck deleted on the laptop is gone on the phone, answers made there offline included; a fresh device never gets it', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    await answer(phone, keyOf('a'), start + HOUR);
    await deleteDeck(laptop, deckId, start + 2 * HOUR);
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    for (const db of [phone, laptop]) {
      expect(await db.decks.get(deckId)).toBeUndefined();
      expect(await db.cards.count()).toBe(0);
      expect(await db.reviewLog.count()).toBe(0);
      expect(await db.dailyStats.count()).toBe(0);
    }
    const fresh = openDb(freshName());
    await syncOnce(fresh, remote);
    expect(await fresh.decks.count()).toBe(0);
    expect(await fresh.reviewLog.count()).toBe(0);
    fresh.close();
  });

  it('a deleted note beats an older edit made offline elsewhere', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    await applyBulkAction(laptop, [keyOf('a')], { type: 'addTag', tag: 'older' }, start + HOUR);
    await applyBulkAction(phone, [keyOf('a')], { type: 'deleteNotes' }, start + 2 * HOUR);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    for (const db of [phone, laptop]) expect(await db.cards.get(keyOf('a'))).toBeUndefined();
    expect(await laptop.cards.count()).toBe(2);
  });

  it('a note edited on both: the later edit everywhere, the other kept and shown on both until one is picked', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    await applyBulkAction(phone, [keyOf('a')], { type: 'addTag', tag: 'phone' }, start + HOUR);
    await applyBulkAction(laptop, [keyOf('a')], { type: 'addTag', tag: 'laptop' }, start + 2 * HOUR);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    for (const db of [phone, laptop]) {
      expect((await db.cards.get(keyOf('a')))?.tags).toEqual(['t', 'laptop']);
      expect((await readNoteConflict(db, 'a'))?.other.body?.cards[0]?.tags).toEqual(['t', 'phone']);
    }
    // The phone's learner picks the phone's version: it becomes the note on both, and the conflict is gone.
    await pickNoteVersion(phone, 'a', 'other', start + 3 * HOUR);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    for (const db of [phone, laptop]) {
      expect((await db.cards.get(keyOf('a')))?.tags).toEqual(['t', 'phone']);
      expect(await readNoteConflict(db, 'a')).toBeNull();
    }
  });

  it('notes imported before sync could mark them (an older version) go up with the first push to an account', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    await phone.syncContent.clear();
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    expect(await cardsOf(laptop)).toEqual(await cardsOf(phone));
  });

  it('two tabs of one device pushing the same notes at once: each note once, and no conflict', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    const otherTab = openDb(phone.name);
    await Promise.all([syncOnce(phone, remote), syncOnce(otherTab, remote)]);
    await syncOnce(otherTab, remote);
    otherTab.close();
    await syncOnce(laptop, remote);
    expect(await cardsOf(laptop)).toEqual(await cardsOf(phone));
    for (const db of [phone, laptop]) expect(await db.syncContent.filter((row) => row.conflict !== undefined).count()).toBe(0);
  });

  it('a renamed deck and its new-card limit follow, last writer wins', async () => {
    const remote = memoryRemote();
    await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    const { renameDeck, setDeckNewLimit } = await import('../../../lib/db');
    await renameDeck(phone, deckId, 'Phone name', start + HOUR);
    await renameDeck(laptop, deckId, 'Laptop name', start + 2 * HOUR);
    await setDeckNewLimit(laptop, deckId, 7, start + 3 * HOUR);
    await syncOnce(phone, remote);
    await syncOnce(laptop, remote);
    await syncOnce(phone, remote);
    for (const db of [phone, laptop]) expect(await db.decks.get(deckId)).toMatchObject({ name: { en: 'Laptop name' }, newPerDay: 7 });
  });
});
