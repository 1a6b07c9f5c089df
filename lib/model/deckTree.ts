import type { Localized } from './card';
import { isUnderDeck, SUBDECK_SEPARATOR } from './study';

export interface NamedDeck {
  id: string;
  name: Localized<string>;
}

export interface DeckTreeNode<D extends NamedDeck> {
  deck: D;
  /** What the list shows: the name below the nearest deck above it (`Verbs` under `Lang`; a whole name at the top). */
  label: string;
  children: DeckTreeNode<D>[];
}

/**
 * The decks as a tree (see subDecks.ts), in the order given at each level. A deck whose parent does not exist
 * (`A::B::C` with no `A::B`) goes under its nearest existing ancestor, labelled with the rest of its name (`B::C`).
 */
export function deckTree<D extends NamedDeck>(decks: readonly D[]): DeckTreeNode<D>[] {
  const nodes = decks.map((deck): DeckTreeNode<D> => ({ deck, label: deck.name.en, children: [] }));
  const roots: DeckTreeNode<D>[] = [];
  for (const node of nodes) {
    const name = node.deck.name.en;
    // The nearest ancestor: the longest name this one is under.
    let parent: DeckTreeNode<D> | undefined;
    for (const other of nodes)
      if (isUnderDeck(name, other.deck.name.en) && (!parent || other.deck.name.en.length > parent.deck.name.en.length)) parent = other;
    if (parent) node.label = name.slice(parent.deck.name.en.length + SUBDECK_SEPARATOR.length);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
