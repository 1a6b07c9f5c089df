import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../../lib/db';
import { I18nProvider } from '../../lib/i18n';
import { checkCommand } from '../../lib/srs';
import { CardView } from '../../lib/ui';

const source = { en: { path: 'cards/en/a.md', line: 3 }, zh: { path: 'cards/zh/a.md', line: 3 } };
const base = {
  key: 'd/x',
  deckId: 'd',
  noteId: 'x',
  ord: 0,
  topic: '1.1',
  tags: [],
  source,
  sources: ['docs/concepts/overview/components.md'],
  retired: 0 as const,
};

const cloze: CardRecord = {
  ...base,
  id: 'x#c2',
  kind: 'cloze',
  cloze: 2,
  content: {
    en: { text: '{{c1::etcd}} listens on {{c2::2379::a port}}.', extra: 'Peers use **2380**.' },
    zh: { text: '{{c1::etcd}} 监听 {{c2::2379}}.' },
  },
};

const renderCard = (card: CardRecord, revealed: boolean, extra = {}) =>
  render(
    <I18nProvider>
      <CardView card={card} revealed={revealed} {...extra} />
    </I18nProvider>,
  );

describe('CardView', () => {
  it('hides only the active cloze, showing its hint, and keeps the other deletions as text', () => {
    renderCard(cloze, false);
    const front = screen.getByRole('region', { name: 'Question' });
    expect(front.textContent).toBe('etcd listens on [hint: a port].');
    expect(screen.queryByText('2379')).toBeNull();
  });

  // The answer showed the repository path ("Source: cards/en/a.md:3"), and the card was named by its internal id.
  it('reveals the cloze, the extra text and the kubernetes.io sources on the back, never the file it is written in', async () => {
    const { container } = renderCard(cloze, true);
    expect(screen.getByText('2379').tagName).toBe('MARK');
    expect(screen.getByText('2380').tagName).toBe('STRONG');
    const link = await screen.findByRole('link', { name: 'kubernetes.io/docs/concepts/overview/components/', hidden: true });
    expect(link.getAttribute('href')).toBe('https://kubernetes.io/docs/concepts/overview/components/');
    expect(container.textContent).not.toContain('cards/en/a.md');
    expect(screen.getByRole('article').getAttribute('aria-label') ?? '').not.toContain('x#c2');
  });

  it('an imported card shows no source file', async () => {
    const imported: CardRecord = {
      ...cloze,
      sources: [],
      source: { en: { path: 'mine.csv', line: 7 }, zh: { path: 'mine.csv', line: 7 } },
    };
    const { container } = renderCard(imported, true);
    await screen.findByText('2380');
    expect(container.textContent).not.toContain('mine.csv');
  });

  it('renders card text as text, never as HTML', () => {
    const hostile: CardRecord = {
      ...base,
      id: 'h',
      kind: 'basic',
      content: { en: { front: '<img src=x onerror=alert(1)>', back: '<script>x</script>' }, zh: { front: '', back: '' } },
    };
    const { container } = renderCard(hostile, true);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows the command verdict and a token diff on the back of a command card', async () => {
    const command: CardRecord = {
      ...base,
      id: 'c',
      kind: 'command',
      answer: 'kubectl get pods -A',
      accept: [],
      content: { en: { task: 'List all pods' }, zh: { task: '列出所有 Pod' } },
    };
    const typed = 'kubectl get pods';
    renderCard(command, true, { typed, check: checkCommand(typed, 'kubectl get pods -A') });
    expect(await screen.findByText('Close: see what differs')).toBeTruthy();
    expect(screen.getByText('--all-namespaces').closest('ins')).toBeTruthy();
  });

  // The verdict showed the command three times (typed, expected, diff), the diff last.
  it('shows one compact command verdict: the diff, then the expected command once', async () => {
    const command: CardRecord = {
      ...base,
      id: 'c',
      kind: 'command',
      answer: 'kubectl run web --image=nginx --labels=app=web',
      accept: [],
      content: { en: { task: 'Run web' }, zh: { task: '运行 web' } },
    };
    const typed = 'kubectl run web --image=nginx --label=app=web';
    const { container } = renderCard(command, true, { typed, check: checkCommand(typed, command.answer) });
    expect(await screen.findByText('Not the expected command')).toBeTruthy();
    expect(screen.getByText('kubectl has no such flag: --label. It would refuse this command.')).toBeTruthy();
    expect(screen.queryByText('You typed')).toBeNull();
    const shown = [...container.querySelectorAll('.verdict code')].map((code) => code.textContent);
    expect(shown).toEqual([command.answer]);
    const diff = container.querySelector('.verdict .diff');
    expect(diff?.compareDocumentPosition(container.querySelector('.verdict code') as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});
