import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import { loadSql } from './fixtures';

const parse = (name: string, text: string) => parseImport({ name, bytes: new TextEncoder().encode(text) }, {}, loadSql);

describe('Kubecards JSON', () => {
  const deck = {
    format: 'kubecards-cards',
    version: 1,
    name: 'My cluster',
    notes: [
      { id: 'n1', kind: 'basic', front: 'Port of the API server?', back: '6443', reverse: true, tags: ['ports'] },
      { kind: 'cloze', text: 'The {{c1::kubelet}} runs on every node.', extra: '' },
      { kind: 'basic', front: 'no back' },
    ],
  };

  it('imports basic (with reverse) and cloze notes, and reports a bad note with its line', async () => {
    const result = await parse('deck.json', JSON.stringify(deck, null, 2));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.deck.name).toBe('My cluster');
    expect(result.deck.notes.map((n) => [n.guid, n.cards.map((c) => c.facet)])).toEqual([
      ['n1', ['card', 'reverse']],
      [expect.stringMatching(/^h:/), ['c1']],
    ]);
    expect(result.deck.problems).toEqual([{ where: 'line 21', code: 'invalid-card', detail: expect.any(String) }]);
  });

  it('bad JSON: an error with the line of the syntax error', async () => {
    expect(await parse('deck.json', '{\n  "format": "kubecards-cards",\n  "notes": [,]\n}')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'bad-json', line: 3 }),
    });
  });

  it('JSON that is not a Kubecards deck, and one from a newer version, are refused', async () => {
    expect(await parse('x.json', '{"cards": []}')).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-json-schema' }) });
    expect(await parse('x.json', JSON.stringify({ ...deck, version: 2 }))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'newer-json-version' }),
    });
  });
});

describe('Kubecards Markdown', () => {
  const note = `---
chapter: 1
topic: 9.1
title: My notes
k8s: 1.35
area: operations
sources:
  - docs/reference/kubectl/_index.md
---

Prose.

\`\`\`card command id=my-get-pods
task: List the Pods in namespace \`dev\`.
answer: kubectl get pods -n dev
\`\`\`

\`\`\`card basic id=my-port
front: API server port?
back: 6443
reverse: yes
\`\`\`
`;

  it('imports every card kind of the notes syntax, in one language', async () => {
    const result = await parse('mine.md', note);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.deck.name).toBe('My notes');
    expect(result.deck.notes.map((n) => [n.guid, n.cards.map((c) => `${c.kind}:${c.facet}`)])).toEqual([
      ['md:my-get-pods', ['command:card']],
      ['md:my-port', ['basic:card', 'basic:reverse']],
    ]);
  });

  it('a broken note is refused with the line of its first problem', async () => {
    const result = await parse('mine.md', note.replace('answer: kubectl get pods -n dev\n', ''));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-markdown', line: 13 }) });
  });
});
