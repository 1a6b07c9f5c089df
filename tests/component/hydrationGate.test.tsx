import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useHydrationGate } from '../../lib/ui';

// A form of the exported HTML is inert until React has hydrated it: keys typed into it earlier were reset by hydration.

function Form() {
  return (
    <form {...useHydrationGate()}>
      <input aria-label="User name" />
    </form>
  );
}

describe('the hydration gate', () => {
  it('makes the exported HTML inert, with its hint, and opens once React has hydrated it', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Form />);
    document.body.append(container);
    const form = container.querySelector('form') as HTMLFormElement;
    expect(form.hasAttribute('inert')).toBe(true);
    expect(form.dataset.hydrating).toBe('Getting ready…');

    await act(async () => {
      hydrateRoot(container, <Form />);
    });
    // The same element, hydrated, not replaced.
    expect(container.querySelector('form')).toBe(form);
    expect(form.hasAttribute('inert')).toBe(false);
    expect(form.hasAttribute('data-hydrating')).toBe(false);
    container.remove();
  });

  it('leaves a form rendered on the client open from its first paint', () => {
    const { container } = render(<Form />);
    const form = container.querySelector('form') as HTMLFormElement;
    expect(form.hasAttribute('inert')).toBe(false);
    expect(form.hasAttribute('data-hydrating')).toBe(false);
  });
});
