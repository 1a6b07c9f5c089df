import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import { parseText } from '../../../lib/import/text/parseText';
import { fixtureText, HAVE_FIXTURES, loadSql, NEEDS_FIXTURES } from './fixtures';

const ok = (result: ReturnType<typeof parseText>) => {
  if (!result.ok) throw new Error(`expected a deck, got ${JSON.stringify(result.error)}`);
  return result.deck;
};
const fronts = (deck: ReturnType<typeof ok>) => deck.notes.map((n) => (n.cards[0].kind === 'basic' ? n.cards[0].content.en.front : ''));

describe.skipIf(!HAVE_FIXTURES)(`real text exports${NEEDS_FIXTURES}`, () => {
  it('Anki’s own 2-field test file: 5 notes; too many and too few fields, a duplicate and an empty front skipped with their lines', () => {
    const deck = ok(parseText(fixtureText('text/anki-pylib-text-2fields.txt'), 'anki-pylib-text-2fields.txt'));
    expect(fronts(deck)).toEqual(['食べる', '飲む', 'テスト', 'to eat', '遊ぶ']);
    expect(deck.problems.map((p) => [p.where, p.code]).sort()).toEqual([
      ['line 10', 'empty-front'],
      ['line 6', 'duplicate'],
      ['line 7', 'too-many-fields'],
      ['line 8', 'too-few-fields'],
    ]);
  });

  it('AnkiDroid’s ;-separated file with a quoted field over two lines (and a space before the quote)', () => {
    const deck = ok(parseText(fixtureText('text/ankidroid-text-anki-manual-csv-multi-line.txt'), 'multi-line.txt'));
    expect(deck.notes.map((n) => n.cards[0].content.en)).toEqual([
      { front: 'hello', back: 'this is\na two line answer' },
      { front: 'two', back: 'this is a one line one' }, // fields are trimmed
    ]);
  });

  it('a real Anki "Notes in Plain Text" export: headers, guid, note type, deck and tags columns, multi-line HTML', () => {
    const deck = ok(parseText(fixtureText('text/ankiexportcleaner-Croatian_Spices.txt'), 'Croatian_Spices.txt'));
    expect(deck.format).toBe('anki-text');
    expect(deck.notes).toHaveLength(18);
    expect(deck.problems).toEqual([]);
    const first = deck.notes[0];
    expect(first).toMatchObject({ guid: 'v,Cc7]K_>Z', deck: 'Croatian Johns::Vocabulary::Food::Spices - začinima' });
    expect(first.cards[0]).toMatchObject({ kind: 'basic', html: true, content: { en: { back: 'basil<br>[sound:bosiljak.mp3]' } } });
    expect(first.cards[0].kind === 'basic' && first.cards[0].content.en.front).toContain('(mr)&nbsp;bosiljak');
  });

  it('Czech exports: an unknown #name header ignored, a blank line, <img> fronts', () => {
    expect(ok(parseText(fixtureText('text/mojekarticky-abstrakt_umeni.txt'), 'a.txt')).notes).toHaveLength(20);
    const pictures = ok(parseText(fixtureText('text/mojekarticky-abstraktni_umeni_obrazky.txt'), 'b.txt'));
    expect(pictures.notes).toHaveLength(29);
    expect(fronts(pictures)[0]).toMatch(/^<img /);
  });

  it('a CSV with a header row: columns by name, quoted commas, the label column as tags, a duplicate front skipped', () => {
    const deck = ok(parseText(fixtureText('text/mehdix17-idioms.csv'), 'idioms.csv'));
    expect(deck.format).toBe('csv');
    expect(deck.notes).toHaveLength(160);
    expect(deck.notes[0]).toMatchObject({
      tags: ['idiom'],
      cards: [{ content: { en: { front: 'At the drop of a hat', back: 'Immediately\nA* t*** d*** o* a h**' } } }],
    });
    expect(deck.notes[2].cards[0].content.en).toMatchObject({ back: expect.stringContaining("even though you don't want to") });
    expect(deck.problems).toEqual([{ where: 'line 14', code: 'duplicate', detail: 'At the drop of a hat' }]);
  });

  it('the tags and update files of Anki’s tests', async () => {
    const tags = await parseImport(
      { name: 'text-tags.txt', bytes: new TextEncoder().encode(fixtureText('text/anki-pylib-text-tags.txt')) },
      {},
      loadSql,
    );
    expect(tags.ok && tags.deck.notes.length).toBe(2);
    const update = await parseImport(
      { name: 'text-update.txt', bytes: new TextEncoder().encode(fixtureText('text/anki-pylib-text-update.txt')) },
      {},
      loadSql,
    );
    expect(update.ok && update.deck.notes[0].cards[0].content.en).toEqual({ front: '1', back: 'x' });
  });
});

describe('text formats (own inputs)', () => {
  it('detects the separator: tab, semicolon, comma or pipe', () => {
    for (const sep of ['\t', ';', ',', '|']) {
      const deck = ok(parseText(`a${sep}1\nb${sep}2\nc${sep}3\n`, 'x.csv'));
      expect([sep, fronts(deck)]).toEqual([sep, ['a', 'b', 'c']]);
    }
  });

  it('the wrong separator chosen by the learner shows up in the preview: rows without a second field are problems', () => {
    const deck = ok(parseText('front\tback\nq1\tanswer, with comma\n', 'x.tsv', { separator: ',', header: false }));
    expect(deck.problems).toEqual([{ where: 'line 1', code: 'too-few-fields', detail: '1 field, expected 2' }]);
    expect(deck.notes.map((n) => n.cards[0].content.en)).toEqual([{ front: 'q1\tanswer', back: 'with comma' }]);
    const right = ok(parseText('front\tback\nq1\tanswer, with comma\n', 'x.tsv', { separator: '\t', header: true }));
    expect(right.notes.map((n) => n.cards[0].content.en)).toEqual([{ front: 'q1', back: 'answer, with comma' }]);
  });

  it('an unterminated quote is an error with the line where the field starts', () => {
    expect(parseText('a,1\nb,"never closed\nc,3\n', 'x.csv')).toEqual({ ok: false, error: { code: 'unterminated-quote', line: 2 } });
  });

  it('a 5 MB field is skipped with a reason; the other rows import', () => {
    const deck = ok(parseText(`big,${'x'.repeat(5 * 1024 * 1024)}\nsmall,ok\n`, 'x.csv'));
    expect(fronts(deck)).toEqual(['small']);
    expect(deck.problems).toEqual([expect.objectContaining({ where: 'line 1', code: 'field-too-large' })]);
  });

  it('a front with cloze deletions becomes one cloze card per number', () => {
    const deck = ok(parseText('The {{c1::apiserver}} talks to {{c2::etcd}}\tdetails\n', 'x.txt'));
    expect(deck.notes[0].cards.map((c) => [c.kind, c.facet])).toEqual([
      ['cloze', 'c1'],
      ['cloze', 'c2'],
    ]);
  });

  it('Quizlet with custom separators: " - " between term and definition, ";" between cards', async () => {
    const result = await parseImport(
      { name: 'quizlet.txt', bytes: new TextEncoder().encode('pod - smallest unit;node - a machine;;svc - stable address') },
      { quizlet: { term: ' - ', card: ';' } },
      loadSql,
    );
    expect(result.ok && result.deck.notes.map((n) => n.cards[0].content.en)).toEqual([
      { front: 'pod', back: 'smallest unit' },
      { front: 'node', back: 'a machine' },
      { front: 'svc', back: 'stable address' },
    ]);
  });

  it('refuses an empty file, non-UTF-8 text and unknown binary formats', async () => {
    expect(await parseImport({ name: 'x.csv', bytes: new Uint8Array() }, {}, loadSql)).toEqual({
      ok: false,
      error: { code: 'empty-file' },
    });
    expect(await parseImport({ name: 'x.csv', bytes: new Uint8Array([0xff, 0xfe, 0x41]) }, {}, loadSql)).toEqual({
      ok: false,
      error: { code: 'not-utf8' },
    });
    expect((await parseImport({ name: 'x.pdf', bytes: new TextEncoder().encode('%PDF-1.7') }, {}, loadSql)).ok).toBe(false);
  });
});
