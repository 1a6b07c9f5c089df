import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../lib/model';
import { compileDeck, compileNoteFile, type NoteSource } from '../../../lib/notes';

const fixtures = 'tests/fixtures/notes';
const options = { deckId: 'test', name: { en: 'Test', zh: '测试' } };

function sourcesUnder(root: string): NoteSource[] {
  return LANGS.flatMap((lang) =>
    readdirSync(join(root, lang), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = join(e.parentPath, e.name);
        return { lang, path: file, mirror: relative(join(root, lang), file), text: readFileSync(file, 'utf8') };
      }),
  );
}

const invalid = (name: string) => {
  const path = join(fixtures, 'invalid', name);
  return compileNoteFile(readFileSync(path, 'utf8'), path);
};

describe('compileDeck on valid notes', () => {
  const { deck, errors } = compileDeck(sourcesUnder(join(fixtures, 'valid')), options);

  it('reports no errors', () => expect(errors).toEqual([]));

  it('yields one review card per direction, per cloze and per command, in note order', () => {
    expect(deck?.cards.map((c) => [c.id, c.kind, c.ord])).toEqual([
      ['etcd-role', 'basic', 0],
      ['etcd-ports', 'basic', 1],
      ['etcd-ports#reverse', 'basic', 2],
      ['etcd-quorum#c1', 'cloze', 3],
      ['etcd-quorum#c2', 'cloze', 4],
      ['etcd-health', 'command', 5],
    ]);
  });

  it('keeps both languages, the source line and the tags of every card', () => {
    const reverse = deck?.cards.find((c) => c.id === 'etcd-ports#reverse');
    expect(reverse?.content).toEqual({
      en: { front: '`2379`', back: 'Client port of etcd?' },
      zh: { front: '`2379`', back: 'etcd 的客户端端口?' },
    });
    const command = deck?.cards.find((c) => c.id === 'etcd-health');
    expect(command).toMatchObject({
      kind: 'command',
      answer: 'etcdctl endpoint health',
      accept: ['etcdctl endpoint health --cluster'],
      tags: ['cka', 'troubleshooting', 'chapter-1', 'topic-1.2', 'area-architecture'],
      source: { en: { path: 'tests/fixtures/notes/valid/en/01-basics/01-etcd.md', line: 36 }, zh: { line: 30 } },
    });
    expect(command?.kind === 'command' && command.content.en.task).toBe(
      'Check the health of the local etcd endpoint\n(certificates omitted).',
    );
  });

  it('records the topic with both titles and its sources', () => {
    expect(deck?.topics).toEqual([
      expect.objectContaining({
        topic: '1.2',
        chapter: 1,
        title: { en: 'etcd', zh: 'etcd' },
        sources: ['docs/concepts/overview/components.md'],
      }),
    ]);
  });

  it('hashes the content: the same notes give the same hash, an edit another', () => {
    const again = compileDeck(sourcesUnder(join(fixtures, 'valid')), options).deck;
    expect(again?.hash).toBe(deck?.hash);
    const edited = sourcesUnder(join(fixtures, 'valid')).map((s) => ({ ...s, text: s.text.replace('In **etcd**.', 'In etcd.') }));
    expect(compileDeck(edited, options).deck?.hash).not.toBe(deck?.hash);
  });
});

describe('one invalid fixture per error code, with file and line', () => {
  const cases: [file: string, code: string, line: number][] = [
    ['front-matter.md', 'front-matter', 1],
    ['malformed-block.md', 'malformed-block', 19],
    ['unclosed-block.md', 'malformed-block', 12],
    ['unknown-kind.md', 'unknown-kind', 12],
    ['bad-id.md', 'bad-id', 12],
    ['missing-field.md', 'missing-field', 12],
    ['unknown-field.md', 'unknown-field', 15],
    ['invalid-field.md', 'invalid-field', 13],
  ];
  it.each(cases)('%s → %s at line %i', (file, code, line) => {
    const { errors } = invalid(file);
    expect(errors).toContainEqual(expect.objectContaining({ path: join(fixtures, 'invalid', file), code, line }));
  });

  it('duplicate-id: the second use is reported, pointing at the first', () => {
    const path = join(fixtures, 'invalid', 'duplicate-id.md');
    const text = readFileSync(path, 'utf8');
    const { errors } = compileDeck(
      [
        { lang: 'en', path, mirror: 'a.md', text },
        { lang: 'zh', path: 'zh/a.md', mirror: 'a.md', text },
      ],
      options,
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ path, line: 17, code: 'duplicate-id', message: expect.stringContaining(`${path}:12`) }),
    );
  });

  it('reports every problem of a file at once, not only the first', () => {
    expect(invalid('front-matter.md').errors.map((e) => e.message)).toEqual([
      'front matter lacks `k8s`',
      'front matter lacks `area`',
      'front matter lacks `sources`',
      '`chapter` must be a whole number',
    ]);
  });

  it('writes no deck when any file has a problem', () => {
    const good = sourcesUnder(join(fixtures, 'valid'));
    const bad = { ...good[0], text: `${good[0].text}\n\`\`\`card essay id=x\nfront: q\n\`\`\`\n` };
    expect(compileDeck([bad, ...good.slice(1)], options).deck).toBeNull();
  });
});

describe('zh/en parity', () => {
  const valid = sourcesUnder(join(fixtures, 'valid'));
  const en = valid.find((s) => s.lang === 'en') as NoteSource;
  const zh = valid.find((s) => s.lang === 'zh') as NoteSource;

  it('catches a card missing from one language, at the card that has no partner', () => {
    const zhWithout = { ...zh, text: zh.text.replace(/```card basic id=etcd-role[\s\S]*?```\n/, '') };
    const { errors } = compileDeck([en, zhWithout], options);
    expect(errors).toEqual([expect.objectContaining({ path: en.path, line: 15, code: 'missing-translation' })]);
  });

  it('catches a whole note file missing from one language', () => {
    const { errors } = compileDeck([en], options);
    expect(errors).toEqual([expect.objectContaining({ path: en.path, line: 1, code: 'missing-translation' })]);
  });

  it('catches a mismatched command answer, at its line in the translation', () => {
    const zhChanged = { ...zh, text: zh.text.replace('answer: etcdctl endpoint health', 'answer: etcdctl endpoint status') };
    const { errors } = compileDeck([en, zhChanged], options);
    expect(errors).toEqual([
      expect.objectContaining({ path: zh.path, line: 32, code: 'mismatched-field', message: expect.stringContaining('`answer`') }),
    ]);
  });

  it('catches different cloze numbers, a different reverse flag and a different kind', () => {
    const zhChanged = {
      ...zh,
      text: zh.text
        .replace('{{c2::1}}', '1')
        .replace('reverse: yes', 'reverse: no')
        .replace('```card basic id=etcd-role', '```card cloze id=etcd-role')
        .replace('front: 集群把状态保存在哪里?\nback: 保存在 **etcd** 中.', 'text: 保存在 {{c1::etcd}} 中.'),
    };
    const codes = compileDeck([en, zhChanged], options).errors.map((e) => [e.code, e.line]);
    expect(codes).toEqual([
      ['mismatched-field', 15],
      ['mismatched-field', 22], // reverse (lines above shifted by the one-line cloze)
      ['mismatched-field', 26], // cloze numbers
    ]);
  });
});
