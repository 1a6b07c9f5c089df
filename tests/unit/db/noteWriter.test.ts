import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerCard, type KubecardsDb, openDb, writeImport } from '../../../lib/db';
import { NoteValidationError, type NoteWrite, writeNote, writeNotes } from '../../../lib/db/noteWriter';
import type { NoteDraft } from '../../../lib/import/noteDraft';
import { createScheduler } from '../../../lib/srs';
import { freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const scheduler = createScheduler();
let db: KubecardsDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

const cloze = (text: string): NoteDraft => ({ kind: 'cloze', text, extra: '', html: false });
const note = (draft: NoteDraft, over: Partial<NoteWrite> = {}): NoteWrite => ({
  noteId: 'n1',
  deckName: 'Mine',
  tags: ['net'],
  draft,
  ...over,
});

async function answer(key: string, at: number) {
  const schedule = await db.schedule.get(key);
  await answerCard(db, scheduler, { cardKey: key, shownVersion: schedule?.version ?? 0, rating: 3, now: at, durationMs: 1000 });
}

/** Everything a note write may touch, to compare before and after. */
const snapshot = async () => ({
  decks: await db.decks.toArray(),
  cards: await db.cards.toArray(),
  schedule: await db.schedule.toArray(),
  searchText: await db.searchText.toArray(),
  media: await db.media.toArray(),
  log: await db.reviewLog.toArray(),
});

describe('the note writer', () => {
  it('adds a note: a deck of that name, its cards, new schedules and the search text', async () => {
    db = openDb(freshName());
    const result = await writeNote(db, note(cloze('{{c1::etcd}} stores {{c2::state}}'), { deckName: ' Kubernetes :: Mine ' }), now);
    expect(result).toMatchObject({ added: 2, retired: 0, keys: ['import/n1#c1', 'import/n1#c2'] });
    expect((await db.decks.get(result.deckId))?.name.en).toBe('Kubernetes::Mine');
    expect((await db.schedule.bulkGet(result.keys)).map((s) => [s?.active, s?.state, s?.deckId])).toEqual([
      [1, 0, result.deckId],
      [1, 0, result.deckId],
    ]);
    expect((await db.searchText.get(result.deckId))?.text).toContain('stores');
  });

  it('a removed cloze number retires its card with its history; a new one adds a card; bringing it back restores it', async () => {
    db = openDb(freshName());
    await writeNote(db, note(cloze('{{c1::etcd}} stores {{c2::state}}')), now);
    await answer('import/n1#c1', now + 1000);
    await answer('import/n1#c2', now + 2000);
    const c1Before = await db.schedule.get('import/n1#c1');

    const edited = await writeNote(db, note(cloze('{{c1::etcd}} keeps {{c3::state}}')), now + 3000);
    expect(edited).toMatchObject({ added: 1, retired: 1, keys: ['import/n1#c1', 'import/n1#c3'] });
    const c1 = await db.schedule.get('import/n1#c1');
    expect({ ...c1, queue: undefined }).toEqual({ ...c1Before, queue: undefined });
    expect((await db.cards.get('import/n1#c1'))?.content.en).toMatchObject({ text: '{{c1::etcd}} keeps {{c3::state}}' });
    expect((await db.schedule.get('import/n1#c2'))?.active).toBe(0);
    expect((await db.cards.get('import/n1#c2'))?.retired).toBe(1);
    expect(await db.reviewLog.where('cardKey').equals('import/n1#c2').count()).toBe(1);
    expect((await db.searchText.get(edited.deckId))?.keys).toEqual(['import/n1#c1', 'import/n1#c3']);

    await writeNote(db, note(cloze('{{c1::etcd}} keeps {{c2::state}}')), now + 4000);
    const c2 = await db.schedule.get('import/n1#c2');
    expect([c2?.active, c2?.reps]).toEqual([1, 1]);
  });

  it('toggling the reverse off and on keeps both cards and their histories', async () => {
    db = openDb(freshName());
    const basic = (reverse: boolean): NoteDraft => ({
      kind: 'basic',
      front: 'F',
      back: 'B',
      reverse,
      typeIn: false,
      html: false,
      facets: ['card', 'reverse'],
    });
    await writeNote(db, note(basic(true)), now);
    await answer('import/n1#reverse', now + 1000);
    expect(await writeNote(db, note(basic(false)), now + 2000)).toMatchObject({ retired: 1, keys: ['import/n1#card'] });
    expect(await writeNote(db, note(basic(true)), now + 3000)).toMatchObject({ added: 0, retired: 0 });
    expect((await db.schedule.get('import/n1#reverse'))?.reps).toBe(1);
  });

  it('edits an imported note in place: same keys, history, source and order', async () => {
    db = openDb(freshName());
    await writeImport(
      db,
      {
        name: 'Anki',
        format: 'anki-text',
        notes: [
          {
            guid: 'g1',
            deck: '',
            tags: [],
            origin: 'line 3',
            cards: [
              {
                kind: 'basic',
                facet: 'card',
                html: true,
                content: { en: { front: 'teh kubelet', back: 'b' }, zh: { front: 'teh kubelet', back: 'b' } },
              },
            ],
          },
        ],
        media: new Map(),
        problems: [],
      },
      { now, fileName: 'a.txt' },
    );
    await answer('import/g1#card', now + 1000);
    const before = await db.cards.get('import/g1#card');
    const draft: NoteDraft = {
      kind: 'basic',
      front: 'the kubelet',
      back: 'b',
      reverse: false,
      typeIn: false,
      html: true,
      facets: ['card', 'reverse'],
    };
    const result = await writeNote(db, { noteId: 'g1', deckName: 'Anki', tags: [], draft }, now + 2000);
    expect(result).toMatchObject({ deckId: before?.deckId, added: 0, retired: 0 });
    expect(await db.cards.get('import/g1#card')).toEqual({
      ...before,
      content: { en: { front: 'the kubelet', back: 'b' }, zh: { front: 'the kubelet', back: 'b' } },
    });
    expect((await db.schedule.get('import/g1#card'))?.reps).toBe(1);
  });

  it('moving a note to another deck takes its schedules along and updates both decks’ search text', async () => {
    db = openDb(freshName());
    const first = await writeNote(db, note(cloze('{{c1::a}}')), now);
    const moved = await writeNote(db, note(cloze('{{c1::a}}'), { deckName: 'Other' }), now + 1000);
    expect(moved.deckId).not.toBe(first.deckId);
    expect((await db.schedule.get('import/n1#c1'))?.deckId).toBe(moved.deckId);
    expect(await db.searchText.get(first.deckId)).toBeUndefined();
    expect((await db.searchText.get(moved.deckId))?.keys).toEqual(['import/n1#c1']);
  });

  it('stores the images a note shows in the same write', async () => {
    db = openDb(freshName());
    const image = new Uint8Array([137, 80, 78, 71]);
    await writeNote(db, { ...note(cloze('{{c1::a}} <img src="img-1.png">')), media: new Map([['img-1.png', image]]) }, now);
    expect((await db.media.get('img-1.png'))?.data).toEqual(image);
  });

  it('refuses an invalid note, naming each field, and writes nothing', async () => {
    db = openDb(freshName());
    const before = await snapshot();
    const refused = writeNote(db, note(cloze('no deletion'), { deckName: 'A::', tags: ['ok'] }), now);
    await expect(refused).rejects.toBeInstanceOf(NoteValidationError);
    await expect(refused).rejects.toMatchObject({
      problems: [
        { field: 'text', code: 'no-cloze' },
        { field: 'deck', code: 'bad-name' },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('a write that fails part-way changes nothing (one transaction for all notes)', async () => {
    db = openDb(freshName());
    await writeNote(db, note(cloze('{{c1::etcd}} stores {{c2::state}}')), now);
    await answer('import/n1#c1', now + 1000);
    const before = await snapshot();
    vi.spyOn(db.searchText, 'put').mockRejectedValue(new Error('disk I/O'));
    const writes = [
      note(cloze('{{c3::etcd}}')),
      { ...note(cloze('{{c1::x}}'), { noteId: 'n2', deckName: 'New deck' }), media: new Map([['img.png', new Uint8Array([1])]]) },
    ];
    await expect(writeNotes(db, writes, now + 2000)).rejects.toThrow('disk I/O');
    expect(await snapshot()).toEqual(before);
  });
});
