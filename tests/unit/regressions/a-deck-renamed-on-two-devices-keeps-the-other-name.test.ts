// Issue 14: "edits LWW per note, conflicts surfaced, never silently dropped". A deck renamed (or given another new-card
// limit) on two devices offline ended with the later version on both and no trace of the other one.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importDeckId, type KubecardsDb, openDb, renameDeck, setDeckNewLimit, setSetting, writeImport } from '../../../lib/db';
import { pickDeckVersion, readDeckConflict } from '../../../lib/db/deckConflict';
import { syncOnce } from '../../../lib/db/syncOnce';
import { both, type ParsedDeck } from '../../../lib/import';
import { freshName } from '../db/helpers';
import { memoryRemote } from '../db/memoryRemote';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 5, 10, 12);
const deckId = importDeckId('Mine');
const deck = (): ParsedDeck => ({
  name: 'Mine',
  format: 'csv',
  media: new Map(),
  problems: [],
  notes: [
    {
      guid: 'a',
      deck: '',
      tags: [],
      origin: 'line 1',
      cards: [{ kind: 'basic', facet: 'card', content: both({ front: 'Q', back: 'A' }) }],
    },
  ],
});

let phone: KubecardsDb;
let laptop: KubecardsDb;
let remote: ReturnType<typeof memoryRemote>;
beforeEach(async () => {
  phone = openDb(freshName());
  laptop = openDb(freshName());
  // Known device ids, so that a tie at the same moment has a known winner (the greater id).
  await setSetting(phone, 'deviceId', 'phone-device');
  await setSetting(laptop, 'deviceId', 'laptop-device');
  remote = memoryRemote();
  await writeImport(phone, deck(), { now: start, fileName: 'mine.csv' });
  await syncOnce(phone, remote);
  await syncOnce(laptop, remote);
});
afterEach(() => {
  phone.close();
  laptop.close();
});

/** Both devices sync until each has seen the other's push. */
const converge = async () => {
  for (const db of [phone, laptop, phone]) await syncOnce(db, remote);
};
const nameOn = async (db: KubecardsDb) => (await db.decks.get(deckId))?.name.en;

it('a deck renamed on both offline: the later name everywhere, the other kept on both until one is picked', async () => {
  await renameDeck(phone, deckId, 'Phone name', start + HOUR);
  await renameDeck(laptop, deckId, 'Laptop name', start + 2 * HOUR);
  await converge();
  for (const db of [phone, laptop]) {
    expect(await nameOn(db)).toBe('Laptop name');
    expect(await readDeckConflict(db, deckId)).toEqual({
      deckId,
      kept: { name: { en: 'Laptop name', zh: 'Laptop name' } },
      other: { at: start + HOUR, by: 'phone-device', body: { name: { en: 'Phone name', zh: 'Phone name' } } },
    });
  }
  // The phone's learner takes the phone's name: a new version, the same on both, and the conflict is gone.
  await pickDeckVersion(phone, deckId, 'other', start + 3 * HOUR);
  expect(await readDeckConflict(phone, deckId)).toBeNull();
  await converge();
  for (const db of [phone, laptop]) {
    expect(await nameOn(db)).toBe('Phone name');
    expect(await readDeckConflict(db, deckId)).toBeNull();
  }
});

it('a tie (the same moment on both): the greater device id wins on both, the other kept on both', async () => {
  await renameDeck(phone, deckId, 'Phone name', start + HOUR);
  await renameDeck(laptop, deckId, 'Laptop name', start + HOUR);
  await converge();
  for (const db of [phone, laptop]) {
    expect(await nameOn(db)).toBe('Phone name');
    expect((await readDeckConflict(db, deckId))?.other).toMatchObject({ by: 'laptop-device', body: { name: { en: 'Laptop name' } } });
  }
  // Keeping the name shown settles it on both, the name unchanged.
  await pickDeckVersion(laptop, deckId, 'kept', start + 2 * HOUR);
  await converge();
  for (const db of [phone, laptop]) {
    expect(await nameOn(db)).toBe('Phone name');
    expect(await readDeckConflict(db, deckId)).toBeNull();
  }
});

it('new cards per day set on both: the later limit everywhere, the other kept', async () => {
  await setDeckNewLimit(phone, deckId, 5, start + 2 * HOUR);
  await setDeckNewLimit(laptop, deckId, 7, start + HOUR);
  await converge();
  for (const db of [phone, laptop]) {
    expect((await db.decks.get(deckId))?.newPerDay).toBe(5);
    expect((await readDeckConflict(db, deckId))?.other.body).toEqual({ name: { en: 'Mine', zh: 'Mine' }, newPerDay: 7 });
  }
  await pickDeckVersion(laptop, deckId, 'other', start + 3 * HOUR);
  await converge();
  for (const db of [phone, laptop]) expect((await db.decks.get(deckId))?.newPerDay).toBe(7);
});

it("renamed by hand to the other device's name: settled on both, as if it had been picked", async () => {
  await renameDeck(phone, deckId, 'Phone name', start + HOUR);
  await renameDeck(laptop, deckId, 'Laptop name', start + 2 * HOUR);
  await converge();
  await renameDeck(phone, deckId, 'Phone name', start + 3 * HOUR);
  expect(await readDeckConflict(phone, deckId)).toBeNull();
  await converge();
  for (const db of [phone, laptop]) {
    expect(await nameOn(db)).toBe('Phone name');
    expect((await db.syncContent.get(`deck:${deckId}`))?.conflict).toBeUndefined();
  }
});

it('a deletion against a rename: the later wins, with no conflict (as for notes)', async () => {
  const { deleteDeck } = await import('../../../lib/db');
  await renameDeck(phone, deckId, 'Phone name', start + HOUR);
  await deleteDeck(laptop, deckId, start + 2 * HOUR);
  await converge();
  for (const db of [phone, laptop]) {
    expect(await db.decks.get(deckId)).toBeUndefined();
    expect(await readDeckConflict(db, deckId)).toBeNull();
  }
});
