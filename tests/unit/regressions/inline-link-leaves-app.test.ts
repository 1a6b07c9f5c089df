import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineMarkdown } from '../../../lib/ui/InlineMarkdown';

const linksOf = (text: string) => {
  const html = renderToStaticMarkup(createElement(InlineMarkdown, { text }));
  return [...html.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]);
};

// Issue 18.8: `/\evil.example` passed the in-app check, and browsers read it as `//evil.example`.
describe('a link in card text never leaves the app in the same tab', () => {
  it.each(['/\\evil.example', '/\\/evil.example/x', '/\t/evil.example', '\\\\evil.example'])('%s', (href) => {
    for (const attrs of linksOf(`[go](${href})`)) {
      expect(attrs).toContain('target="_blank"');
      expect(attrs).toContain('rel="noopener noreferrer"');
    }
  });

  it('keeps in-app paths and anchors in the same tab', () => {
    expect(linksOf('[deck](/deck?id=a#top)')).toEqual(['href="/deck?id=a#top"']);
    expect(linksOf('[here](#part)')).toEqual(['href="#part"']);
  });

  it('opens web links in a new tab and drops other schemes', () => {
    expect(linksOf('[k8s](https://kubernetes.io/docs)')).toEqual([
      'href="https://kubernetes.io/docs" target="_blank" rel="noopener noreferrer"',
    ]);
    expect(linksOf('[x](javascript:alert(1))')).toEqual([]);
    expect(linksOf('[x](data:text/html,hi)')).toEqual([]);
  });
});
