import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CardRecord } from '../../../lib/db';
import { I18nProvider } from '../../../lib/i18n';
import { CardView } from '../../../lib/ui';
import { CardBoundary } from '../../../lib/ui/CardBoundary';

function Broken(): never {
  throw new URIError('URI malformed');
}

// One card whose markup throws while rendering took the whole screen down ("This page couldn't load").
describe('a card that cannot be rendered', () => {
  it('shows its raw text and a skip button instead of taking the screen down', () => {
    const onSkip = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nProvider>
        <p>the rest of the screen</p>
        <CardBoundary raw={'Score <img src="100%.png">'} onSkip={onSkip}>
          <Broken />
        </CardBoundary>
      </I18nProvider>,
    );
    expect(screen.getByText('the rest of the screen')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Score <img src="100%.png">');
    fireEvent.click(screen.getByRole('button', { name: 'Skip this card' }));
    expect(onSkip).toHaveBeenCalledOnce();
  });

  it('a card view whose content breaks its renderer stays inside its card', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const path = { path: 'x.csv', line: 1 };
    const broken = {
      key: 'import/x',
      deckId: 'd',
      retired: 0,
      id: 'x',
      noteId: 'x',
      ord: 0,
      topic: '',
      tags: [],
      source: { en: path, zh: path },
      sources: [],
      kind: 'cloze',
      cloze: 1,
      content: { en: { text: null, extra: 'hand-edited' }, zh: { text: null } },
    } as unknown as CardRecord;
    render(
      <I18nProvider>
        <CardView card={broken} revealed={false} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('hand-edited');
  });

  it('the next card is rendered again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <CardBoundary raw="first">
        <Broken />
      </CardBoundary>,
    );
    rerender(
      <CardBoundary raw="second">
        <p>second card</p>
      </CardBoundary>,
    );
    expect(screen.getByText('second card')).toBeTruthy();
  });
});
