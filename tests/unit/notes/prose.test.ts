import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchEntries } from '../../../lib/notes';
import { parseProse } from '../../../lib/notes/prose';

describe('parseProse', () => {
  it('turns headings, wrapped paragraphs, lists, code and card blocks into blocks', () => {
    const text = [
      '# Title',
      '',
      'First line',
      'second line.',
      '',
      '- one',
      '  continued',
      '- two',
      '',
      '```yaml',
      'kind: Pod',
      '```',
      '',
      '```card basic id=q1',
      'front: f',
      'back: b',
      '```',
      '1. first',
      '2. second',
    ];
    expect(parseProse(text)).toEqual([
      { t: 'h', level: 1, text: 'Title' },
      { t: 'p', text: 'First line second line.' },
      { t: 'ul', items: ['one continued', 'two'] },
      {
        t: 'code',
        lang: 'yaml',
        lines: [
          [
            ['k', 'kind'],
            ['p', ':'],
            ['', ' '],
            ['', 'Pod'],
          ],
        ],
      },
      { t: 'card', id: 'q1' },
      { t: 'ol', items: ['first', 'second'] },
    ]);
  });

  it('joins wrapped Chinese lines without a space', () => {
    expect(parseProse(['etcd 是集群的', '唯一数据源.'])).toEqual([{ t: 'p', text: 'etcd 是集群的唯一数据源.' }]);
  });
});

describe('search', () => {
  const notes = {
    format: 'kubecards-notes' as const,
    version: 1 as const,
    deckId: 'k',
    chapters: [],
    topics: [
      {
        topic: '1.2',
        slug: '1-2',
        chapter: 1,
        area: 'architecture' as const,
        title: { en: 'etcd', zh: 'etcd' },
        sources: [],
        body: {
          en: [
            { t: 'p' as const, text: 'Back up etcd with a snapshot.' },
            { t: 'card' as const, id: 'etcd-save' },
          ],
          zh: [
            { t: 'p' as const, text: '用快照备份 etcd.' },
            { t: 'card' as const, id: 'etcd-save' },
          ],
        },
      },
    ],
  };
  const card = {
    id: 'etcd-save',
    noteId: 'etcd-save',
    ord: 0,
    topic: '1.2',
    tags: [],
    sources: [],
    source: { en: { path: 'a', line: 1 }, zh: { path: 'b', line: 1 } },
    kind: 'command' as const,
    answer: 'etcdctl snapshot save /b.db',
    accept: [],
    content: { en: { task: 'Save a snapshot of etcd' }, zh: { task: '保存 etcd 快照' } },
  };
  const index = buildSearchIndex(notes, {
    format: 'kubecards-deck',
    version: 1,
    deckId: 'k',
    name: { en: '', zh: '' },
    hash: '',
    topics: [],
    cards: [card],
  });

  it('finds prose and cards in both languages, all words required, and links cards by anchor', () => {
    expect(searchEntries(index, 'snapshot etcd').map((h) => h.entry.anchor ?? 'prose')).toEqual(['etcd-save', 'prose']);
    expect(searchEntries(index, '快照').map((h) => h.lang)).toEqual(['zh', 'zh']);
    expect(searchEntries(index, 'snapshot kubelet')).toEqual([]);
    expect(searchEntries(index, '  ')).toEqual([]);
  });
});
