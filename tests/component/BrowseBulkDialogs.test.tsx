import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MoveDialog as BareMoveDialog, TagsDialog as BareTagsDialog } from '../../app/_screens/BrowseBulkDialogs';
import { enBrowse } from '../../lib/i18n/enBrowse';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';

// The browser screen brings these strings; here the dialogs are rendered alone.
const STRINGS = [enBrowse];
const MoveDialog = withExtraStrings(STRINGS, BareMoveDialog);
const TagsDialog = withExtraStrings(STRINGS, BareTagsDialog);

const refusal = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;

describe("the browser's bulk dialogs", () => {
  it('refuse a deck name with an empty part, say why beside the field, and move nowhere', () => {
    const onMove = vi.fn();
    render(<MoveDialog n={3} decks={[]} busy={false} onCancel={() => {}} onMove={onMove} />);
    const name = screen.getByRole('textbox');
    fireEvent.change(name, { target: { value: 'Lang::' } });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(refusal(name)).toMatch(/Parent::Child/);
    expect(screen.getByRole('button', { name: /Move/ }).hasAttribute('disabled')).toBe(true);

    fireEvent.change(name, { target: { value: 'Lang::Verbs' } });
    expect(name.getAttribute('aria-invalid')).toBe('false');
    expect(name.hasAttribute('aria-describedby')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: /Move/ }));
    expect(onMove).toHaveBeenCalledWith({ name: 'Lang::Verbs' });
  });

  it('refuse a tag with a space and apply a clean one', () => {
    const onApply = vi.fn();
    render(<TagsDialog n={2} busy={false} onCancel={() => {}} onApply={onApply} />);
    const tag = screen.getByRole('textbox');
    fireEvent.change(tag, { target: { value: 'two words' } });
    expect(refusal(tag)).toMatch(/one word/);
    expect(screen.getByRole('button', { name: /Add/ }).hasAttribute('disabled')).toBe(true);

    fireEvent.change(tag, { target: { value: ' cka ' } });
    fireEvent.click(screen.getByRole('button', { name: /Add/ }));
    expect(onApply).toHaveBeenCalledWith('addTag', 'cka');
  });
});
