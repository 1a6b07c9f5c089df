import { describe, expect, it } from 'vitest';
import type { ReviewCard } from '../../../lib/model';
import { cardAnswerSummary, cardSummary } from '../../../lib/ui/browse/cardSummary';
import { basicCard } from '../db/helpers';

// Issue 13, defect 4: the browser's rows showed raw Markdown, cloze brackets and internal ids.
describe('a card as one line of the browser', () => {
  it('shows Markdown, HTML and cloze deletions as the text they render to', () => {
    const basic = basicCard('etcd-port', 0, 'Which **port** does `etcd` serve [clients](https://kubernetes.io/x) on?');
    expect(cardSummary(basic, 'en')).toBe('Which port does etcd serve clients on?');
    const cloze = {
      ...basicCard('c', 1),
      kind: 'cloze',
      cloze: 1,
      content: {
        en: { text: 'The {{c1::kubelet}} runs on {{c2::every node::where?}}<br>and&nbsp;reports' },
        zh: { text: '{{c1::kubelet}} 运行在每个节点上' },
      },
    } as ReviewCard;
    expect(cardSummary(cloze, 'en')).toBe('The kubelet runs on every node and reports');
    expect(cardSummary(cloze, 'zh')).toBe('kubelet 运行在每个节点上');
  });

  it('never shows the internal id, and gives the answer side too', () => {
    const command = {
      ...basicCard('cmd-drain', 2),
      kind: 'command',
      answer: 'kubectl drain node-1 --ignore-daemonsets',
      accept: [],
      content: { en: { task: 'Drain *node-1*' }, zh: { task: '排空 node-1' } },
    } as ReviewCard;
    expect(cardSummary(command, 'en')).toBe('Drain node-1');
    expect(cardSummary(command, 'en')).not.toContain('cmd-drain');
    expect(cardAnswerSummary(command, 'en')).toBe('kubectl drain node-1 --ignore-daemonsets');
  });
});
