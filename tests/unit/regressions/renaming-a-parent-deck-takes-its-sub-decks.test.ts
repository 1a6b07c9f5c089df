import { afterEach, beforeEach, expect, it } from 'vitest';
import { type KubecardsDb, openDb, renameDeck } from '../../../lib/db';
import { freshName } from '../db/helpers';

// Renaming `Lang` to `Languages` left `Lang::Verbs` behind as a deck of its own (its parent gone), where Anki moves a
// deck's sub-decks with it.

let db: KubecardsDb;
beforeEach(async () => {
  db = openDb(freshName());
  const deck = (id: string, name: string) => ({ id, name: { en: name, zh: name }, source: 'import' as const, hash: '', updatedAt: 0 });
  await db.decks.bulkPut([deck('a', 'Lang'), deck('b', 'Lang::Verbs'), deck('c', 'Lang::Verbs::Irregular'), deck('d', 'Language')]);
});
afterEach(() => db.close());

const names = async () => Object.fromEntries((await db.decks.toArray()).map((d) => [d.id, d.name.en]));

it('renaming a deck renames its sub-decks with it, and no other deck', async () => {
  await renameDeck(db, 'a', 'Spanish::Lang', 0);
  expect(await names()).toEqual({ a: 'Spanish::Lang', b: 'Spanish::Lang::Verbs', c: 'Spanish::Lang::Verbs::Irregular', d: 'Language' });
});

it('a sub-deck renamed to a top-level name takes its own sub-decks out with it', async () => {
  await renameDeck(db, 'b', 'Verbs', 0);
  expect(await names()).toEqual({ a: 'Lang', b: 'Verbs', c: 'Verbs::Irregular', d: 'Language' });
});
