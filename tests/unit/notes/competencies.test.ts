import { describe, expect, it } from 'vitest';
import { COMPETENCIES, EXAM_DOMAINS } from '../../../lib/model';
import { compileDeck, compileNoteFile, type NoteSource } from '../../../lib/notes';

const options = { deckId: 'test', name: { en: 'Test', zh: '测试' } };

const note = (front: string, card: string) =>
  [
    '---',
    'chapter: 1',
    'topic: 1.2',
    'title: etcd',
    'k8s: 1.35',
    'area: architecture',
    front,
    'sources:',
    '  - docs/concepts/overview/components.md',
    '---',
    '',
    '# etcd',
    '',
    '```card basic id=etcd-role',
    'front: Where is the state?',
    'back: In etcd.',
    '```',
    '',
    card,
  ].join('\n');

const secondCard = (extra: string) => ['```card basic id=etcd-port', 'front: Port?', 'back: 2379', extra, '```'].join('\n');

const pair = (en: string, zh: string): NoteSource[] => [
  { lang: 'en', path: 'cards/en/01/02.md', mirror: '01/02.md', text: en },
  { lang: 'zh', path: 'cards/zh/01/02.md', mirror: '01/02.md', text: zh },
];

describe('the competency list', () => {
  it('has unique ids, named after their exam, distinct from the domain ids', () => {
    const ids = COMPETENCIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMPETENCIES) {
      expect(c.id.startsWith(`${c.exam}-`)).toBe(true);
      expect(c.domain.startsWith(`${c.exam}-`)).toBe(true);
      expect((EXAM_DOMAINS as readonly string[]).includes(c.id)).toBe(false);
      expect(c.title.en && c.title.zh).toBeTruthy();
    }
  });

  it('covers every exam domain', () => {
    for (const domain of EXAM_DOMAINS) expect(COMPETENCIES.some((c) => c.domain === domain)).toBe(true);
  });
});

describe('competencies in notes', () => {
  it('reports an unknown competency in front matter at its own line', () => {
    const text = note('competencies:\n  - cka-coredns\n  - cka-dns-magic', secondCard(''));
    const { errors } = compileNoteFile(text, 'cards/en/01/02.md');
    expect(errors).toEqual([
      expect.objectContaining({ line: 9, code: 'front-matter', message: expect.stringContaining('"cka-dns-magic"') }),
    ]);
  });

  it("reports an unknown competency in a card's field at that field's line", () => {
    const text = note('competencies: cka-coredns', secondCard('competencies: cka-coredns cka-nope'));
    const { errors } = compileNoteFile(text, 'cards/en/01/02.md');
    expect(errors).toEqual([expect.objectContaining({ line: 22, code: 'invalid-field', message: expect.stringContaining('"cka-nope"') })]);
  });

  it("gives cards the note's competencies unless they name their own, and tags them with those domains", () => {
    const text = note('domains: cka-architecture\ncompetencies: cka-cluster-lifecycle', secondCard('competencies: ckad-probes'));
    const { deck, errors } = compileDeck(pair(text, text), options);
    expect(errors).toEqual([]);
    const [inherits, overrides] = deck?.cards ?? [];
    expect(inherits.competencies).toEqual(['cka-cluster-lifecycle']);
    expect(inherits.tags).toContain('cka-architecture');
    expect(overrides.competencies).toEqual(['ckad-probes']);
    expect(overrides.tags).toEqual(expect.arrayContaining(['cka-architecture', 'ckad-observability']));
  });

  it('requires the same domains and competencies in both languages', () => {
    const en = note('domains: cka-architecture\ncompetencies: cka-cluster-lifecycle', '');
    const zh = note('domains: cka-storage\ncompetencies: cka-kubeadm', '');
    const { errors } = compileDeck(pair(en, zh), options);
    expect(errors).toEqual([
      expect.objectContaining({ path: 'cards/zh/01/02.md', code: 'mismatched-field', message: expect.stringContaining('`domains`') }),
      expect.objectContaining({ path: 'cards/zh/01/02.md', code: 'mismatched-field', message: expect.stringContaining('`competencies`') }),
    ]);
  });
});
