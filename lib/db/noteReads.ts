import { cardKey } from '../model';
import type { CardRecord, KubecardsDb } from './records';

/** What the editor needs of a stored note: the card it was opened from, its active cards and its deck's name. */
export interface StoredNote {
  card: CardRecord;
  /** The note's active cards (own and imported notes); the built-in deck's card alone. */
  cards: CardRecord[];
  deckName: string;
}

/** The note of the card stored under `key`; undefined when there is no such card. */
export async function readNoteOfCard(db: KubecardsDb, key: string): Promise<StoredNote | undefined> {
  const card = await db.cards.get(key);
  if (!card) return undefined;
  const cards = key.startsWith(cardKey('import', ''))
    ? await db.cards
        .where('key')
        .startsWith(cardKey('import', `${card.noteId}#`))
        .filter((c) => c.retired === 0)
        .toArray()
    : [card];
  const deck = await db.decks.get(card.deckId);
  return { card, cards, deckName: deck?.name.en ?? '' };
}

/** The names of the learner's decks (imported and own) and every tag in use, for the editor's completion. */
export async function readEditorChoices(db: KubecardsDb): Promise<{ decks: string[]; tags: string[] }> {
  const decks = (await db.decks.toArray()).filter((d) => d.source === 'import').map((d) => d.name.en);
  const tags = new Set<string>();
  await db.searchText.each((record) => {
    for (const cardTags of record.tags) for (const tag of cardTags) tags.add(tag);
  });
  return { decks: decks.sort(), tags: [...tags].sort() };
}

const personalKey = (key: string) => `personal-note:${key}`;

/**
 * The learner's own note on a card of the built-in deck, whose text is not theirs to edit. Kept in the settings table:
 * deck updates never touch it.
 */
export async function readPersonalNote(db: KubecardsDb, key: string): Promise<string> {
  const row = await db.settings.get(personalKey(key));
  return typeof row?.value === 'string' ? row.value : '';
}

/** Sets (or, when blank, removes) the personal note of a card. */
export async function writePersonalNote(db: KubecardsDb, key: string, text: string): Promise<void> {
  if (text.trim() === '') await db.settings.delete(personalKey(key));
  else await db.settings.put({ key: personalKey(key), value: text });
}
