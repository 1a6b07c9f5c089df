import { describe, expect, it } from 'vitest';
import { subtreeIds } from '../../../lib/model';
import { type DeckTreeNode, deckTree, type NamedDeck } from '../../../lib/model/deckTree';

const deck = (id: string, name: string): NamedDeck => ({ id, name: { en: name, zh: name } });
const decks = [
  deck('k8s', 'Kubernetes'),
  deck('lang', 'Lang'),
  deck('verbs', 'Lang::Verbs'),
  deck('irregular', 'Lang::Verbs::Irregular'),
  deck('nouns', 'Lang::Nouns'),
  deck('orphan', 'Math::Algebra::Groups'),
  deck('math', 'Math'),
  deck('language', 'Language'),
];

const shape = (nodes: DeckTreeNode<NamedDeck>[]): unknown[] =>
  nodes.map((n) => (n.children.length > 0 ? [n.label, shape(n.children)] : n.label));

describe('sub-decks from Anki names', () => {
  it('a deck takes in its children and grandchildren, not a deck whose name only starts alike', () => {
    expect(subtreeIds(decks, 'lang')).toEqual(['lang', 'verbs', 'irregular', 'nouns']);
    expect(subtreeIds(decks, 'verbs')).toEqual(['verbs', 'irregular']);
    expect(subtreeIds(decks, 'language')).toEqual(['language']);
    expect(subtreeIds(decks, 'missing')).toEqual(['missing']);
  });

  it('the list nests them in the order given; a deck without its parent goes under its nearest ancestor', () => {
    expect(shape(deckTree(decks))).toEqual([
      'Kubernetes',
      ['Lang', [['Verbs', ['Irregular']], 'Nouns']],
      ['Math', ['Algebra::Groups']],
      'Language',
    ]);
  });
});
