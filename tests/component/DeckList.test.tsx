import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeckOverview } from '../../lib/model';
import { DeckList } from '../../lib/ui/DeckList';

const deck = (id: string, name: string, total: number): DeckOverview => ({
  id,
  name: { en: name, zh: name },
  total,
  counts: { new: 1, learning: 0, review: 0 },
});

describe('the deck list', () => {
  it('nests sub-decks under their parent and folds them', () => {
    render(
      <DeckList
        decks={[deck('lang', 'Lang', 5), deck('k8s', 'Kubernetes', 40), deck('verbs', 'Lang::Verbs', 3)]}
        reviewHref={(id) => `/review?deck=${id}`}
        manageHref={(id) => `/deck?id=${id}`}
      />,
    );
    const toggle = screen.getByRole('button', { name: /Lang/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const child = screen.getByRole('heading', { level: 3, name: 'Verbs' });
    const parentItem = toggle.closest('li');
    if (!parentItem) throw new Error('no list item');
    expect(parentItem.contains(child)).toBe(true);
    expect(within(parentItem).getByRole('link', { name: 'Study Lang::Verbs' }).getAttribute('href')).toBe('/review?deck=verbs');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('heading', { level: 3, name: 'Verbs' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Study Lang' })).toBeTruthy();
  });
});
