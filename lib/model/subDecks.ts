// Sub-decks as Anki names them: `Lang::Verbs` is a child of `Lang`. The tree is derived from the names (no stored
// parent), so an import or a rename that names `Parent::Child` places the deck, and backups need nothing new. Kept
// apart from the deck list's tree (deckTree.ts): the review screen needs only this.

/** Anki's separator between a parent deck's name and its child's. */
export const SUBDECK_SEPARATOR = '::';

/** Is the deck named `name` under the deck named `ancestor` (a child, grandchild…)? Names as stored (English). */
export const isUnderDeck = (name: string, ancestor: string) => name.startsWith(ancestor + SUBDECK_SEPARATOR);

/** The deck and every deck under it, the deck first. Empty when it does not exist. */
export function subtreeIds(decks: readonly { id: string; name: { en: string } }[], deckId: string): string[] {
  const root = decks.find((d) => d.id === deckId);
  return root ? [root.id, ...decks.filter((d) => isUnderDeck(d.name.en, root.name.en)).map((d) => d.id)] : [];
}
