import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { applyBulkAction, type BulkAction, BulkInputError, notesDeletionExtent, undoBulkAction } from '../../../lib/db/bulkActions';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
let db: KubecardsDb;
/** The table whose next write fails (a full disk, say), if any. */
let failOn: string | null = null;

const mine = (id: string) => cardKey('mine', id);
const TABLES = ['decks', 'cards', 'schedule', 'reviewLog', 'searchText', 'dailyStats'] as const;
const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await db.table(t).toArray()])));

beforeEach(async () => {
  failOn = null;
  db = openDb(freshName());
  db.use({
    stack: 'dbcore',
    name: 'failing-write',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (req) => (name === failOn ? Promise.reject(new Error(`write to ${name} failed`)) : table.mutate(req)) };
      },
    }),
  });
  // Notes n0–n4 of an imported deck, two cards each (front and back), and the built-in deck's two cards.
  const cards = Array.from({ length: 10 }, (_, i) => ({ ...basicCard(`n${i >> 1}#${i % 2}`, i), tags: ['old'] }));
  await syncDeck(db, { ...artifact(cards), deckId: 'mine' }, now);
  await db.decks.update('mine', { source: 'import' });
  await syncDeck(db, { ...artifact([basicCard('b0', 0), basicCard('b1', 1)]), deckId: 'kubernetes' }, now);
  for (const key of [mine('n0#0'), mine('n1#0'), mine('n1#1')])
    await answerCard(db, scheduler, { cardKey: key, shownVersion: 0, rating: 3, now, durationMs: 1000 });
});
afterEach(() => db.close());

const SELECTED = [mine('n0#0'), mine('n1#0'), mine('n2#1'), cardKey('kubernetes', 'b0')];
const ACTIONS: BulkAction[] = [
  { type: 'moveToNewDeck', name: 'Ops :: Helm' },
  { type: 'addTag', tag: 'fresh' },
  { type: 'removeTag', tag: 'old' },
  { type: 'suspend' },
  { type: 'reset' },
  { type: 'deleteNotes' },
];

describe('bulk actions of the card browser', () => {
  it.each(ACTIONS)('$type is one transaction: a failed write to any table it writes leaves everything as it was', async (action) => {
    const before = await snapshot();
    const failed: string[] = [];
    for (const table of TABLES) {
      failOn = table;
      const done = await applyBulkAction(db, SELECTED, action, now + 1000).then(
        () => true,
        () => false,
      );
      failOn = null;
      if (done) {
        // This action does not write that table: put the data back for the next table.
        await db.transaction('rw', TABLES as unknown as string[], () =>
          Promise.all(
            TABLES.map(async (t) => {
              await db.table(t).clear();
              await db.table(t).bulkPut(before[t] as object[]);
            }),
          ),
        );
        continue;
      }
      failed.push(table);
      expect({ table, data: await snapshot() }).toEqual({ table, data: before });
    }
    // Every action writes the schedule or the cards (so some failure above was in the middle of its writes).
    expect(failed.some((table) => table === 'schedule' || table === 'cards')).toBe(true);
    await applyBulkAction(db, SELECTED, action, now + 1000);
    expect(await snapshot()).not.toEqual(before);
  });

  it.each(ACTIONS)('$type is undone exactly, in one transaction', async (action) => {
    const before = await snapshot();
    const { undo } = await applyBulkAction(db, SELECTED, action, now + 1000);
    // The undo's last write fails: nothing of it stays, and it can be tried again.
    failOn = 'searchText';
    if (undo.decks.length > 0) await expect(undoBulkAction(db, undo, now)).rejects.toThrow();
    failOn = 'schedule';
    await expect(undoBulkAction(db, undo, now)).rejects.toThrow();
    failOn = null;
    await undoBulkAction(db, undo, now);
    const after = await snapshot();
    // Undo gives the changed rows new versions (a screen showing the action's result cannot answer them).
    const unversioned = (data: Awaited<ReturnType<typeof snapshot>>) => ({
      ...data,
      schedule: (data.schedule as { version: number }[]).map(({ version: _, ...row }) => row),
    });
    expect(unversioned(after)).toEqual(unversioned(before));
  });

  it('moves to a new nested deck, leaving the built-in deck alone, and keeps each card its history', async () => {
    const { changed, skipped } = await applyBulkAction(db, SELECTED, { type: 'moveToNewDeck', name: 'Ops :: Helm' }, now);
    expect({ changed, skipped }).toEqual({ changed: 3, skipped: 1 });
    const deck = (await db.decks.toArray()).find((d) => d.name.en === 'Ops::Helm');
    expect(deck).toBeDefined();
    const moved = await db.schedule.bulkGet([mine('n0#0'), mine('n1#0'), mine('n2#1')]);
    expect(moved.map((s) => [s?.deckId, s?.reps])).toEqual([
      [deck?.id, 1],
      [deck?.id, 1],
      [deck?.id, 0],
    ]);
    expect((await db.schedule.get(cardKey('kubernetes', 'b0')))?.deckId).toBe('kubernetes');
    expect((await db.searchText.get(deck?.id as string))?.keys).toHaveLength(3);
  });

  it('deletes whole notes with their answers and daily totals, and says beforehand how much goes', async () => {
    expect(await notesDeletionExtent(db, SELECTED)).toEqual({ cards: 6, reviews: 3, skipped: 1 });
    const { changed } = await applyBulkAction(db, SELECTED, { type: 'deleteNotes' }, now);
    expect(changed).toBe(6);
    expect(await db.cards.where('deckId').equals('mine').count()).toBe(4);
    expect(await db.reviewLog.count()).toBe(0);
    expect((await db.dailyStats.toArray()).every((row) => row.reviews === 0)).toBe(true);
  });

  it('refuses an undo once a changed card was answered since, changing nothing', async () => {
    const { undo } = await applyBulkAction(db, SELECTED, { type: 'suspend' }, now);
    await applyBulkAction(db, [mine('n0#0')], { type: 'unsuspend' }, now);
    const before = await snapshot();
    await expect(undoBulkAction(db, undo, now)).rejects.toThrow(/changed since/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an empty deck name part or a tag with spaces, naming the field', async () => {
    await expect(applyBulkAction(db, SELECTED, { type: 'moveToNewDeck', name: 'Ops::' }, now)).rejects.toEqual(
      new BulkInputError('deckName'),
    );
    await expect(applyBulkAction(db, SELECTED, { type: 'addTag', tag: 'two words' }, now)).rejects.toEqual(new BulkInputError('tag'));
    await expect(applyBulkAction(db, SELECTED, { type: 'move', deckId: 'kubernetes' }, now)).rejects.toEqual(new BulkInputError('deck'));
  });
});
