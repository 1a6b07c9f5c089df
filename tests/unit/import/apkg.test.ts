import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ParsedDeck, parseImport } from '../../../lib/import';
import { unzipPackage, unzstd } from '../../../lib/import/apkg/unpack';
import { fixtureBytes, HAVE_FIXTURES, loadSql, NEEDS_FIXTURES } from './fixtures';

async function parse(path: string): Promise<ParsedDeck> {
  const result = await parseImport({ name: path.split('/').pop() ?? path, bytes: fixtureBytes(path) }, {}, loadSql);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.deck;
}
const cardCount = (deck: ParsedDeck) => deck.notes.reduce((sum, n) => sum + n.cards.length, 0);

describe.skipIf(!HAVE_FIXTURES)(`real Anki packages${NEEDS_FIXTURES}`, () => {
  it('a mixed package: Basic, reversed, optional reversed, type-in and cloze with hints; image occlusion skipped with a reason', async () => {
    const deck = await parse('apkg/srsconv-mixed-legacy-2.apkg');
    expect(deck.name).toBe('Test - Mixed Types');
    expect([deck.notes.length, cardCount(deck), deck.media.size]).toEqual([7, 10, 1]);
    const byFront = (text: string) => deck.notes.find((n) => JSON.stringify(n.cards[0].content.en).includes(text));
    expect(byFront('In a cloze, some')?.cards.map((c) => c.facet)).toEqual(['c1', 'c2']);
    expect(byFront('hints::(something that helps)')?.cards[0]).toMatchObject({ kind: 'cloze', cloze: 1 });
    expect(byFront('Basic (and reversed card)')?.cards.map((c) => c.facet)).toEqual(['t0', 't1']);
    expect(byFront('type in the answer')?.cards[0]).toMatchObject({ kind: 'basic', typeIn: true });
    const reversed = byFront('Basic (and reversed card)')?.cards[1];
    expect(reversed?.kind === 'basic' && reversed.content.en.front).toContain('"Back" field');
    expect(deck.problems).toEqual([
      expect.objectContaining({ code: 'unknown-notetype', detail: expect.stringContaining('Image Occlusion') }),
    ]);
  });

  it("carries each studied card's answers and Anki's due date (day 871 after the collection's creation, 02:00 UTC)", async () => {
    const deck = await parse('apkg/srsconv-mixed-legacy-2.apkg');
    const cloze = deck.notes.find((n) => JSON.stringify(n.cards[0].content.en).includes('In a cloze, some'))?.cards[0];
    // Read by hand from the package: revlog rows of card 1755501927620, cards.due = 871, col.crt = 1681178400.
    expect(cloze?.history).toEqual({
      answers: [
        { at: 1755502051870, rating: 3, durationMs: 6425 },
        { at: 1755502066000, rating: 3, durationMs: 1083 },
      ],
      due: Date.UTC(2025, 7, 29, 2),
      suspended: false,
    });
    const studied = deck.notes.flatMap((n) => n.cards).filter((c) => c.history);
    expect([studied.length, studied.reduce((sum, c) => sum + (c.history?.answers.length ?? 0), 0)]).toEqual([10, 20]);
  });

  it('the same 459-note deck as collection.anki21 and as zstd collection.anki21b imports to identical notes', async () => {
    const legacy = await parse('apkg/mujing-basic_word.apkg');
    const modern = await parse('apkg/mujing-basic_word_new_version.apkg');
    expect(legacy.notes).toHaveLength(459);
    expect(modern.notes).toEqual(legacy.notes);
    expect(legacy.name).toBe('英语词汇学习');
    expect(legacy.notes[0].cards[0].content.en).toMatchObject({ front: 'Africa', back: expect.stringContaining('非洲') });
  });

  it('a legacy package with several templates per note and 20 images: 20 notes, 107 cards, every image stored', async () => {
    const deck = await parse('apkg/ankireader-Amino_Acid_Flashcards.apkg');
    expect([deck.notes.length, cardCount(deck), deck.media.size, deck.problems]).toEqual([20, 107, 20, []]);
    expect(deck.notes[0].deck).toBe('Classes::CBIO 3400::Amino Acids');
    const image = deck.notes[0].cards[0].kind === 'basic' ? deck.notes[0].cards[0].content.en.front : '';
    expect(deck.media.has(/src="([^"]+)"/.exec(image)?.[1] ?? '')).toBe(true);
  });

  it('a sound reference and its media file', async () => {
    const deck = await parse('apkg/anki-pylib-media.apkg');
    expect(deck.notes[0].cards[0].content.en).toEqual({ front: '[sound:foo.wav]', back: '' });
    expect([...deck.media.keys()]).toEqual(['foo.wav']);
  });

  it('update1 then update2: the same guid with new fields', async () => {
    const one = await parse('apkg/anki-pylib-update1.apkg');
    const two = await parse('apkg/anki-pylib-update2.apkg');
    expect(one.notes[0].guid).toBe(two.notes[0].guid);
    expect([one.notes[0].cards[0].content.en, two.notes[0].cards[0].content.en]).toEqual([
      { front: 'hello', back: 'world' },
      { front: 'goodbye', back: 'world' },
    ]);
  });

  it('a package with five note types, and empty modern and whole-collection packages', async () => {
    expect(cardCount(await parse('apkg/anki-pylib-diffmodels2-1.apkg'))).toBe(1);
    expect((await parse('apkg/srsconv-empty-latest.apkg')).notes).toEqual([]);
    const colpkg = await parse('apkg/srsconv-empty-legacy-2.colpkg');
    expect([colpkg.format, colpkg.notes.length]).toEqual(['colpkg', 0]);
  });

  it('a truncated package is an error, not a crash', async () => {
    const bytes = fixtureBytes('apkg/srsconv-mixed-legacy-2.apkg');
    const result = await parseImport({ name: 'cut.apkg', bytes: bytes.slice(0, bytes.length / 2) }, {}, loadSql);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-zip' }) });
  });

  it('a corrupt collection database is an error, not a crash', async () => {
    const files = unzipSync(fixtureBytes('apkg/srsconv-mixed-legacy-2.apkg'));
    const db = files['collection.anki21'];
    const broken = db.slice();
    broken.fill(0x5a, 100, 40_000);
    const result = await parseImport({ name: 'broken.apkg', bytes: zipSync({ ...files, 'collection.anki21': broken }) }, {}, loadSql);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-database' }) });
  });

  it('zstd data is decompressed with a cap', () => {
    const data = unzipSync(fixtureBytes('apkg/mujing-basic_word_new_version.apkg'))['collection.anki21b'];
    expect(unzstd(data).length).toBeGreaterThan(data.length);
    expect(() => unzstd(data, 1000)).toThrow(/expands beyond/);
  });
});

describe('zip bombs and lying headers', () => {
  it('refuses a package whose entries unpack beyond the limit', () => {
    const zip = zipSync({ 'collection.anki2': new Uint8Array(2 * 1024 * 1024) });
    expect(unzipPackage(zip, 1024 * 1024)).toEqual({ error: expect.objectContaining({ code: 'zip-bomb' }) });
  });

  it('refuses an entry that claims fewer bytes than its compressed data', () => {
    const noise = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 2654435761) >>> 24);
    const zip = zipSync({ 'collection.anki2': noise }, { level: 6 });
    const view = new DataView(zip.buffer);
    // Central directory header: signature 0x02014b50, uncompressed size at +24. Claim 1 byte.
    for (let i = 0; i < zip.length - 4; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1, true);
    expect(unzipPackage(zip)).toEqual({ error: expect.objectContaining({ code: 'zip-bomb' }) });
  });

  it('not a zip at all, though named .apkg', async () => {
    expect(await parseImport({ name: 'x.apkg', bytes: strToU8('hello') }, {}, loadSql)).toEqual({
      ok: false,
      error: { code: 'bad-zip', detail: 'not a zip archive' },
    });
  });
});
