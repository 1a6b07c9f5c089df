import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HtmlField } from '../../../lib/ui/html/HtmlField';

// Arabic and Hebrew fields were laid out left to right: imported fields take their direction from their text.
describe('an imported HTML field', () => {
  it('has dir="auto", while it is sanitized and once it shows', async () => {
    const { container } = render(<HtmlField html="<b>مرحبا</b> بالعالم" />);
    expect(container.firstElementChild?.getAttribute('dir')).toBe('auto');
    // Waits for the field to show (here as text: DOMPurify needs a real browser DOM): nothing is left running after it.
    await screen.findByText('مرحبا بالعالم');
    expect(container.firstElementChild?.getAttribute('dir')).toBe('auto');
  });
});
