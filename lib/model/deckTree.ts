import type { Localized } from './card';

// Sub-decks as Anki names them: `Lang::Verbs` is a child of `Lang`. The tree is derived from the names (no stored
// parent), so a rename or an import that names `Parent::Child` places the deck, and backups need nothing new.

/** Anki's separator between a parent deck's name and its child's. */
export const SUBDECK_SEPARATOR = '::';

export interface NamedDeck {
  id: string;
  name: Localized<string>;
}

/** A deck's path in the tree: the parts of its name (the English one, which imports and renames set to both). */
export const deckPath = (deck: NamedDeck): string[] => deck.name.en.split(SUBDECK_SEPARATOR).map((part) => part.trim());

const isUnder = (path: readonly string[], ancestor: readonly string[]) =>
  path.length > ancestor.length && ancestor.every((part, i) => path[i] === part);

/** The deck and every deck under it (children, grandchildren…), the deck first. Empty when it does not exist. */
export function subtreeIds(decks: readonly NamedDeck[], deckId: string): string[] {
  const root = decks.find((d) => d.id === deckId);
  if (!root) return [];
  const rootPath = deckPath(root);
  return [root.id, ...decks.filter((d) => d.id !== root.id && isUnder(deckPath(d), rootPath)).map((d) => d.id)];
}

export interface DeckTreeNode<D extends NamedDeck> {
  deck: D;
  /** What the list shows: the name below the nearest deck above it (`Verbs` under `Lang`; a whole name at the top). */
  label: string;
  children: DeckTreeNode<D>[];
}

/**
 * The decks as a tree, in the order given at each level. A deck whose parent does not exist (`A::B::C` with no `A::B`)
 * goes under its nearest existing ancestor, labelled with the rest of its path (`B::C`).
 */
export function deckTree<D extends NamedDeck>(decks: readonly D[]): DeckTreeNode<D>[] {
  const placed = decks.map((deck) => ({ path: deckPath(deck), node: { deck, label: '', children: [] } as DeckTreeNode<D> }));
  const roots: DeckTreeNode<D>[] = [];
  for (const { path, node } of placed) {
    // The nearest ancestor: the longest path this one is under.
    let parent: (typeof placed)[number] | undefined;
    for (const other of placed) if (isUnder(path, other.path) && (!parent || other.path.length > parent.path.length)) parent = other;
    node.label = path.slice(parent ? parent.path.length : 0).join(SUBDECK_SEPARATOR);
    (parent ? parent.node.children : roots).push(node);
  }
  return roots;
}
