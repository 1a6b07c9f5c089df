import { afterEach, describe, expect, it } from 'vitest';
import { cardKey, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { readPersonalNote, writePersonalNote } from '../../../lib/db/noteReads';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
let db: KubecardsDb;
afterEach(() => db?.close());

describe("a built-in card's personal note", () => {
  it('is kept across a deck update that rewords the card, and a blank one is removed', async () => {
    db = openDb(freshName());
    const key = cardKey('k8s', 'a');
    await syncDeck(db, artifact([basicCard('a', 0)]), now);
    await writePersonalNote(db, key, 'my own words');
    await syncDeck(db, artifact([basicCard('a', 0, 'reworded front')]), now + 1000);
    expect(await readPersonalNote(db, key)).toBe('my own words');
    await writePersonalNote(db, key, '  ');
    expect(await readPersonalNote(db, key)).toBe('');
    expect(await db.settings.count()).toBe(0);
  });
});
