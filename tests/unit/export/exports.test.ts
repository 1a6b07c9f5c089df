import { describe, expect, it } from 'vitest';
import type { CardRecord, ReviewLogRecord } from '../../../lib/db';
import { deckToAnkiText, deckToMarkdown, reviewLogCsv } from '../../../lib/export';
import { parseText } from '../../../lib/import/text/parseText';
import { newMemoryState } from '../../../lib/model';
import { compileNoteFile } from '../../../lib/notes';

const source = { en: { path: 'x', line: 1 }, zh: { path: 'x', line: 1 } };
const base = { deckId: 'd', retired: 0 as const, topic: '', tags: ['mine'], source, sources: [] };
const cards: CardRecord[] = [
  {
    ...base,
    key: 'd/q1',
    id: 'q1',
    noteId: 'q1',
    ord: 0,
    kind: 'basic',
    content: { en: { front: 'Port?', back: '6443' }, zh: { front: '端口?', back: '6443' } },
  },
  {
    ...base,
    key: 'd/q1#reverse',
    id: 'q1#reverse',
    noteId: 'q1',
    ord: 1,
    kind: 'basic',
    content: { en: { front: '6443', back: 'Port?' }, zh: { front: '6443', back: '端口?' } },
  },
  {
    ...base,
    key: 'd/c#c1',
    id: 'c#c1',
    noteId: 'c',
    ord: 2,
    kind: 'cloze',
    cloze: 1,
    content: { en: { text: 'The {{c1::kubelet}}\nruns everywhere' }, zh: { text: '{{c1::kubelet}}' } },
  },
  {
    ...base,
    key: 'd/k',
    id: 'k',
    noteId: 'W{e}ird guid',
    ord: 3,
    kind: 'command',
    answer: 'kubectl get po',
    accept: ['kubectl get pods'],
    content: { en: { task: 'List pods' }, zh: { task: '列出 Pod' } },
  },
];

describe('deck export', () => {
  it('Kubecards Markdown that the compiler reads back to the same notes', () => {
    const text = deckToMarkdown('My deck', cards, 'en');
    const file = compileNoteFile(text, 'export.md');
    expect(file.errors).toEqual([]);
    expect(file.notes.map((n) => [n.kind, n.id])).toEqual([
      ['basic', 'q1'],
      ['cloze', 'c'],
      ['command', expect.stringMatching(/^n-/)],
    ]);
    expect(file.notes[0].neutral).toMatchObject({ reverse: ['yes'], tags: ['mine'] });
    expect(file.notes[1].text.text).toBe('The {{c1::kubelet}}\nruns everywhere');
    expect(file.notes[2].neutral.accept).toEqual(['kubectl get pods']);
  });

  it('Anki plain text that our own Anki text importer reads back', () => {
    const text = deckToAnkiText('My deck', cards, 'en');
    expect(text.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    const parsed = parseText(text, 'export.txt');
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.deck.notes.map((n) => [n.guid, n.deck, n.cards[0].kind])).toEqual([
      ['q1', 'My deck', 'basic'],
      ['c', 'My deck', 'cloze'],
      ['W{e}ird guid', 'My deck', 'basic'],
    ]);
    expect(parsed.deck.notes[1].cards[0].content.en).toMatchObject({ text: 'The {{c1::kubelet}}<br>runs everywhere' });
  });
});

describe('review log CSV for the FSRS optimizer', () => {
  it('has the optimizer’s columns, integer card ids, times in ms and the state before each review', () => {
    const log = (cardKey: string, review: number, rating: 1 | 3, state: 0 | 1 | 2): ReviewLogRecord => ({
      cardKey,
      deckId: 'd',
      noteId: 'n',
      rating,
      review,
      durationMs: 4321.6,
      before: { ...newMemoryState(0), state },
      version: 1,
    });
    expect(reviewLogCsv([log('b', 2000, 3, 1), log('a', 1000, 1, 0), log('b', 3000, 3, 2)])).toBe(
      'card_id,review_time,review_rating,review_state,review_duration\n1,1000,1,0,4322\n2,2000,3,1,4322\n2,3000,3,2,4322\n',
    );
  });
});
