import { describe, expect, it } from 'vitest';
import {
  asHtml,
  draftFromCards,
  emptyDraft,
  type NoteDraft,
  noteToCards,
  parseTags,
  switchKind,
  validateDraft,
  wrapCloze,
} from '../../../lib/import/noteDraft';
import type { ReviewCard } from '../../../lib/model';
import { cleanDeckName } from '../../../lib/model/deckName';

const basic = (over: Partial<Extract<NoteDraft, { kind: 'basic' }>> = {}): NoteDraft => ({
  ...(emptyDraft('basic') as Extract<NoteDraft, { kind: 'basic' }>),
  front: 'What runs pods?',
  back: 'the kubelet',
  ...over,
});

/** The stored form of expanded cards, as draftFromCards reads them back. */
const stored = (draft: NoteDraft): ReviewCard[] =>
  noteToCards(draft).map(
    ({ facet, history: _h, ...card }, ord) =>
      ({
        ...card,
        id: `n1#${facet}`,
        noteId: 'n1',
        ord,
        topic: '',
        tags: [],
        source: { en: { path: 'editor', line: 0 }, zh: { path: 'editor', line: 0 } },
        sources: [],
      }) as ReviewCard,
  );

describe('a note draft expands into cards with stable facets', () => {
  it('basic: one card, and the reverse under its own facet when toggled on', () => {
    expect(noteToCards(basic()).map((c) => c.facet)).toEqual(['card']);
    const both = noteToCards(basic({ reverse: true }));
    expect(both.map((c) => c.facet)).toEqual(['card', 'reverse']);
    expect(both[1]).toMatchObject({ kind: 'basic', content: { en: { front: 'the kubelet', back: 'What runs pods?' } } });
    // Toggling the reverse off and on again names the same card (its history comes back with it).
    expect(noteToCards(basic({ reverse: false })).map((c) => c.facet)).toEqual(['card']);
  });

  it('type-in: the forward card asks for the back to be typed', () => {
    expect(noteToCards(basic({ typeIn: true }))[0]).toMatchObject({ typeIn: true });
  });

  it('cloze: one card per number; a removed number drops its facet, a new one adds one', () => {
    const draft = (text: string): NoteDraft => ({ kind: 'cloze', text, extra: '', html: false });
    expect(noteToCards(draft('{{c1::etcd}} stores {{c2::state}}')).map((c) => c.facet)).toEqual(['c1', 'c2']);
    expect(noteToCards(draft('{{c2::etcd}} stores {{c3::state}}')).map((c) => c.facet)).toEqual(['c2', 'c3']);
    expect(noteToCards(draft('{{c1::a}} and {{c1::b}}')).map((c) => c.facet)).toEqual(['c1']);
  });

  it('command: the answer, the accepted alternatives (blank and repeated ones dropped), coloured as shell', () => {
    const [card] = noteToCards({
      kind: 'command',
      task: 'List pods',
      answer: ' kubectl get pods ',
      accept: ['kubectl get po', '', 'kubectl get pods'],
      explain: '',
    });
    expect(card).toMatchObject({ kind: 'command', facet: 'card', answer: 'kubectl get pods', accept: ['kubectl get po'] });
    expect(card?.kind === 'command' && card.answerLine?.[0]).toEqual(['x', 'kubectl']);
  });

  it('manifest: one card whose YAML keeps its blanks', () => {
    const [card] = noteToCards({ kind: 'manifest', task: 'Fill in', yaml: 'kind: {{c1::Pod}}\nspec: {}', explain: '' });
    expect(card).toMatchObject({ kind: 'manifest', facet: 'card' });
    expect(card?.kind === 'manifest' && card.yaml.length).toBe(2);
  });

  it('reads each kind back from its cards unchanged', () => {
    const drafts: NoteDraft[] = [
      basic({ reverse: true, typeIn: true }),
      { kind: 'cloze', text: '{{c1::etcd}} stores {{c2::state}}', extra: 'x', html: true },
      { kind: 'command', task: 'List pods', answer: 'kubectl get pods', accept: ['kubectl get po'], explain: 'e' },
      { kind: 'manifest', task: 'Fill in', yaml: 'kind: {{c1::Pod}}\nmetadata:\n  name: web # the name', explain: '' },
    ];
    for (const draft of drafts) expect(draftFromCards(stored(draft))).toEqual(draft);
  });

  it("keeps an Anki note's template facets, and refuses a second card that is not the reverse", () => {
    const anki = basic({ html: true, facets: ['t0', 't1'], reverse: true });
    expect(noteToCards(anki).map((c) => c.facet)).toEqual(['t0', 't1']);
    const [first] = stored(basic({ html: true, facets: ['t0', 't1'] }));
    expect(draftFromCards([first as ReviewCard])).toMatchObject({ facets: ['t0', 't1'], reverse: false });
    const other = { ...(first as ReviewCard), id: 'n1#t1', ord: 1 } as ReviewCard;
    expect(draftFromCards([first as ReviewCard, other])).toBeNull();
  });
});

describe('validation names the field', () => {
  it('required fields, a cloze without a deletion, a manifest without a blank', () => {
    expect(validateDraft(emptyDraft('basic'))).toEqual([
      { field: 'front', code: 'required' },
      { field: 'back', code: 'required' },
    ]);
    expect(validateDraft({ kind: 'cloze', text: 'no deletion', extra: '', html: false })).toEqual([{ field: 'text', code: 'no-cloze' }]);
    expect(validateDraft({ kind: 'manifest', task: 't', yaml: 'kind: Pod', explain: '' })).toEqual([{ field: 'yaml', code: 'no-cloze' }]);
    expect(validateDraft({ kind: 'command', task: 't', answer: ' ', accept: [], explain: '' })).toEqual([
      { field: 'answer', code: 'required' },
    ]);
    expect(noteToCards(emptyDraft('cloze'))).toEqual([]);
    expect(validateDraft({ kind: 'cloze', text: '{{c1::etcd}} stores {{c2::state', extra: '', html: false })).toEqual([
      { field: 'text', code: 'unclosed-cloze' },
    ]);
    expect(validateDraft({ kind: 'manifest', task: 't', yaml: 'spec:\n\treplicas: {{c1::3}}', explain: '' })).toEqual([
      { field: 'yaml', code: 'tab-indent' },
    ]);
  });

  it('deck names as Anki writes them, tags split on spaces and commas', () => {
    expect(cleanDeckName(' Kubernetes :: Mine ')).toBe('Kubernetes::Mine');
    expect(cleanDeckName('A::')).toBeNull();
    expect(parseTags('cka, net  net')).toEqual(['cka', 'net']);
  });
});

describe('editing helpers', () => {
  it('wraps a selection as the next cloze number', () => {
    expect(wrapCloze('etcd stores state', 0, 4)).toEqual({ text: '{{c1::etcd}} stores state', cloze: 1 });
    expect(wrapCloze('{{c1::etcd}} stores state', 20, 25)).toEqual({ text: '{{c1::etcd}} stores {{c2::state}}', cloze: 2 });
  });

  it('switching kinds keeps the main and second text', () => {
    expect(switchKind(basic(), 'cloze')).toEqual({ kind: 'cloze', text: 'What runs pods?', extra: 'the kubelet', html: false });
    expect(switchKind(basic(), 'command')).toMatchObject({ kind: 'command', task: 'What runs pods?', explain: 'the kubelet' });
  });
});

describe('a note turned into HTML for an image', () => {
  it('escapes what was typed so that it reads the same, once', () => {
    const html = asHtml(basic({ front: 'a < b & c\nnext', back: '<b>x</b>' }));
    expect(html).toMatchObject({ html: true, front: 'a &lt; b &amp; c<br>next', back: '&lt;b&gt;x&lt;/b&gt;' });
    expect(asHtml(html)).toBe(html);
    expect(asHtml({ kind: 'command', task: 't', answer: 'a', accept: [], explain: '' })).toMatchObject({ task: 't' });
  });
});
