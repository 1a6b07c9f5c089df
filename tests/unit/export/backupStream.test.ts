import { describe, expect, it } from 'vitest';
import { type BackupEntry, BackupEntryTooLarge, BackupSplitter, BackupSyntaxError, fileEntries } from '../../../lib/export/backupStream';

/** Every entry of `text`, fed to the splitter in pieces of `size` characters. */
function split(text: string, size = text.length, maxChars?: number): BackupEntry[] {
  const splitter = new BackupSplitter(maxChars);
  const entries: BackupEntry[] = [];
  for (let at = 0; at < text.length; at += size) entries.push(...splitter.push(text.slice(at, at + size)));
  return [...entries, ...splitter.finish()];
}

const sample = {
  format: 'kubecards-backup',
  version: 1,
  createdAt: 1.5e12,
  decks: [{ id: 'd', name: { en: 'A "quoted" deck \\ with ] and }', zh: '卡组，[括号]' } }],
  cards: [],
  empty: {},
  flag: true,
  nothing: null,
  reviewLog: [1, -2.5e3, 'x', [], [[1], { a: [] }], { before: { state: 2 } }],
};

describe('the backup splitter', () => {
  it('gives the top-level fields, the start of each list and its rows, whatever the pieces (every split point)', () => {
    // Spaces and line breaks between tokens, as a hand-edited file has them.
    const text = `\ufeff ${JSON.stringify(sample, null, 2)}\n`;
    const whole = split(text);
    expect(whole).toEqual([
      { kind: 'field', key: 'format', value: 'kubecards-backup' },
      { kind: 'field', key: 'version', value: 1 },
      { kind: 'field', key: 'createdAt', value: 1.5e12 },
      { kind: 'list', key: 'decks' },
      { kind: 'row', key: 'decks', index: 0, row: sample.decks[0] },
      { kind: 'list', key: 'cards' },
      { kind: 'field', key: 'empty', value: {} },
      { kind: 'field', key: 'flag', value: true },
      { kind: 'field', key: 'nothing', value: null },
      { kind: 'list', key: 'reviewLog' },
      ...sample.reviewLog.map((row, index) => ({ kind: 'row', key: 'reviewLog', index, row })),
    ]);
    for (const size of [1, 2, 3, 7, 64]) expect(split(text, size)).toEqual(whole);
    const compact = JSON.stringify(sample);
    for (let at = 1; at < compact.length; at++) {
      const splitter = new BackupSplitter();
      expect([...splitter.push(compact.slice(0, at)), ...splitter.push(compact.slice(at)), ...splitter.finish()]).toEqual(whole);
    }
  });

  it('refuses text that is not one JSON object, saying where', () => {
    for (const bad of ['', 'front,back\nq,a', '[1,2]', '{"a":1', '{"a":}', '{"a":[1,]}', '{"a" 1}', '{"a":1}x', '{"a":tru}', '{"a":[1 2]}'])
      expect(() => split(bad), bad).toThrow(BackupSyntaxError);
    expect(() => split('front,back')).toThrow('the file starts with “f”, not “{”');
  });

  it('refuses an entry longer than the limit, naming it, before holding all of it', () => {
    const text = JSON.stringify({
      format: 'kubecards-backup',
      media: [
        { name: 'a', base64: 'A'.repeat(100) },
        { name: 'b', base64: 'B'.repeat(1000) },
      ],
    });
    let error: unknown;
    try {
      split(text, 50, 500);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BackupEntryTooLarge);
    expect(error).toMatchObject({ key: 'media', index: 1 });
  });

  it('reads a file as a stream of bytes: a character split between two pieces is kept whole', async () => {
    const text = JSON.stringify({ ...sample, decks: [{ name: '中文'.repeat(40_000) }] });
    const read: BackupEntry[] = [];
    let bytes = 0;
    for await (const { entries, read: so } of fileEntries(new Blob([text]))) {
      read.push(...entries);
      bytes = so;
    }
    expect(read).toEqual(split(text));
    expect(bytes).toBe(new TextEncoder().encode(text).length);
  });
});
