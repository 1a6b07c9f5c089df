import { mediaNames } from '../import/mediaName';
import { toBase64 } from '../model/base64';
import { type ContentVersion, mergeForPush, stampOf } from '../sync';
import { clearedOf, laterClear } from '../sync/cleared';
import { standing, undeletedOf } from '../sync/undeleted';
import { dropClearedAnswers } from './clearedAnswers';
import { thisDeviceId } from './logWrites';
import { sha256Hex } from './mediaHash';
import type { CardRecord, KubecardsDb, NoteBody, SyncContentRecord } from './records';
import { getSetting, setSetting } from './settings';
import { type ContentDoc, type DeckBody, deckDocId, MEDIA_FILE, type MediaDoc, mediaDocId, noteDocId } from './syncContentDocs';
import { refused } from './syncDocs';
import { restoredAnswerDocs } from './syncRestoredAnswers';

/** The calls content sync makes besides the log's: CouchDB's `_all_docs`, `_bulk_docs` and one attachment. */
export interface ContentRemote {
  allDocs(keys: readonly string[]): Promise<{ rows: { key: string; doc?: unknown }[] }>;
  bulkDocs(docs: readonly object[]): Promise<{ id: string; rev?: string; error?: string }[]>;
  attachment(id: string, name: string): Promise<Uint8Array>;
}

/** Notes and decks pushed per request. */
const PUSH_BATCH = 200;

type Local = { row: SyncContentRecord; version: ContentVersion<NoteBody | DeckBody>; files: Map<string, Uint8Array> };

/**
 * Pushes every imported note and deck changed here: its current state (a tombstone when it is gone) merged with the
 * server's by `mergeForPush`, media files first (each once: a file the server has is not sent again), all in
 * `_bulk_docs`. A push the server refused (another device wrote meanwhile) stays pending for the next round.
 */
export async function pushContent(db: KubecardsDb, remote: ContentRemote): Promise<number> {
  await markAllContentOnce(db);
  const device = await thisDeviceId(db);
  const ids = (await db.syncContent.where('pending').equals(1).primaryKeys()) as string[];
  let pushed = 0;
  for (let start = 0; start < ids.length; start += PUSH_BATCH)
    pushed += await pushBatch(db, remote, ids.slice(start, start + PUSH_BATCH), device);
  return pushed;
}

async function pushBatch(db: KubecardsDb, remote: ContentRemote, ids: string[], device: string): Promise<number> {
  const locals = await readLocal(db, ids, device);
  const shas = new Map<string, Uint8Array>();
  // Many notes show the same few files: each is hashed once a batch.
  const shaOfName = new Map<string, string>();
  for (const local of locals) {
    const body = local.version.body as NoteBody | undefined;
    for (const [name, data] of local.files) {
      const sha = shaOfName.get(name) ?? (await sha256Hex(data));
      shaOfName.set(name, sha);
      shas.set(sha, data);
      if (body) body.media[name] = sha;
    }
  }
  const server = new Map(
    (await remote.allDocs([...locals.map((l) => l.row.id), ...[...shas.keys()].map(mediaDocId)])).rows.flatMap((row) =>
      row.doc ? [[row.key, row.doc as ContentDoc]] : [],
    ),
  );
  const media: MediaDoc[] = [...shas].flatMap(([sha, data]) =>
    server.has(mediaDocId(sha))
      ? []
      : [
          {
            _id: mediaDocId(sha),
            type: 'media',
            _attachments: { [MEDIA_FILE]: { content_type: 'application/octet-stream', data: toBase64(data) } },
          },
        ],
  );
  const merged = locals.map((local) => {
    const theirs = server.get(local.row.id) as (ContentDoc & ContentVersion<NoteBody | DeckBody>) | undefined;
    const merge = mergeForPush(local.version, theirs && versionOf(theirs), local.row.base, local.row.conflict);
    const type = local.row.id.startsWith('note:') ? 'note' : 'deck';
    const { at, by, deleted, body } = merge.winner;
    const held = theirs === undefined || theirs.type === 'media' ? undefined : theirs;
    // Deletions taken back (here, or where the server's version comes from) clear nothing any more.
    const undeleted = undeletedOf(local.row.undeleted, held?.undeleted);
    // Made again after a deletion (here, or where the server's version, or tombstone, comes from): its answers stay gone.
    const cleared = laterClear(local.row.cleared, standing(held && clearedOf(held), undeleted));
    const doc = {
      _id: local.row.id,
      ...(theirs?._rev ? { _rev: theirs._rev } : {}),
      type,
      at,
      by,
      ...(deleted ? { deleted } : { body, ...(cleared === undefined ? {} : { cleared }), ...(undeleted ? { undeleted } : {}) }),
      ...(merge.conflict ? { conflict: { at: merge.conflict.at, by: merge.conflict.by, body: merge.conflict.body } } : {}),
    };
    // The server saw the deletion undone here (or a version since): its answers go up again.
    const restore = local.row.restore;
    const restores = !deleted && restore !== undefined && held !== undefined && held.at >= restore;
    return { local, merge, doc, cleared, undeleted, restores };
  });
  const results = await remote.bulkDocs([...media, ...merged.map((m) => m.doc)]);
  const failed = new Set(results.flatMap((result) => (result.error ? [result.id] : [])));
  if (media.some((doc) => failed.has(doc._id))) throw new Error('the server did not take a media file');
  const restored = merged.flatMap(({ local, restores }) =>
    restores && !failed.has(local.row.id)
      ? [{ noteId: local.row.id.slice('note:'.length), deletedAt: local.row.restore as number, setAside: local.row.setAside ?? [] }]
      : [],
  );
  // Before the notes are recorded as pushed: a push cut here sends both again (the same documents: already there).
  const answers = await restoredAnswerDocs(db, restored, device);
  if (answers.length > 0) refused(await remote.bulkDocs(answers));
  await db.transaction('rw', [db.syncContent, db.reviewLog, db.schedule, db.dailyStats, db.settings], async () => {
    for (const { local, merge, cleared, undeleted } of merged) {
      if (failed.has(local.row.id)) continue;
      // Changed again while it was pushed: it goes up again next round.
      const now = await db.syncContent.get(local.row.id);
      if (now?.at !== local.row.at || now.pending !== 1) continue;
      // The server's version was made again after a deletion this device never pulled (it does not pull its own
      // version back): its answers from before leave here too.
      if (!merge.winner.deleted && cleared !== undefined && cleared !== local.row.cleared)
        await dropClearedAnswers(db, local.row.id, cleared, local.version.at);
      // Its stamp stays this device's version: when the server's won, the pull that follows brings it here.
      await db.syncContent.put({
        id: local.row.id,
        at: local.version.at,
        by: local.version.by,
        pending: 0,
        base: stampOf(merge.winner),
        ...(merge.winner.deleted ? { deleted: 1 as const } : {}),
        ...(cleared === undefined ? {} : { cleared }),
        ...(undeleted ? { undeleted } : {}),
        ...(merge.conflict ? { conflict: { at: merge.conflict.at, by: merge.conflict.by, body: merge.conflict.body } } : {}),
      });
    }
  });
  return merged.length - merged.filter((m) => failed.has(m.local.row.id)).length;
}

const versionOf = (doc: ContentDoc & ContentVersion<NoteBody | DeckBody>): ContentVersion<NoteBody | DeckBody> => ({
  at: doc.at,
  by: doc.by,
  ...(doc.deleted ? { deleted: true as const } : { body: doc.body }),
});

/** The state of these notes and decks here, as versions to push; with the media files each note's cards show. */
async function readLocal(db: KubecardsDb, ids: string[], device: string): Promise<Local[]> {
  return db.transaction('r', [db.syncContent, db.cards, db.decks, db.media], async () => {
    const rows = (await db.syncContent.bulkGet(ids)).filter((row): row is SyncContentRecord => row?.pending === 1);
    const locals: Local[] = [];
    for (const row of rows) {
      const stamp = { at: row.at, by: row.by ?? device };
      const files = new Map<string, Uint8Array>();
      let body: NoteBody | DeckBody | undefined;
      if (row.id.startsWith('deck:')) {
        const deck = await db.decks.get(row.id.slice('deck:'.length));
        body = deck && { name: deck.name, ...(deck.newPerDay === undefined ? {} : { newPerDay: deck.newPerDay }) };
      } else {
        const cards = await noteCards(db, row.id.slice('note:'.length));
        const deck = cards[0] && (await db.decks.get(cards[0].deckId));
        if (cards[0] && deck) {
          const names = [...new Set(cards.flatMap((card) => stringsOf(card).flatMap(mediaNames)))];
          for (const [i, file] of (await db.media.bulkGet(names)).entries()) if (file) files.set(names[i] as string, file.data);
          body = { deckId: deck.id, deckName: deck.name.en, cards: cards.map(({ ord: _ord, ...card }) => card), media: {} };
        }
      }
      locals.push({ row, version: body ? { ...stamp, body } : { ...stamp, deleted: true }, files });
    }
    return locals;
  });
}

/** A note's cards, in card key order (the same body on every device). */
export async function noteCards(db: KubecardsDb, noteId: string): Promise<CardRecord[]> {
  const cards = await db.cards
    .where('key')
    .startsWith(`import/${noteId}#`)
    .filter((card) => card.noteId === noteId)
    .toArray();
  return cards.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every string inside a card (its fields are nested by language and kind). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * The first push to an account takes everything imported on this device: notes and decks written before sync was set
 * up (or before this version) were never marked, and another server has seen none of them.
 */
async function markAllContentOnce(db: KubecardsDb): Promise<void> {
  if (await getSetting(db, 'syncContentMarked')) return;
  await db.transaction('rw', [db.cards, db.decks, db.syncContent, db.settings], async () => {
    const decks = (await db.decks.toArray()).filter((deck) => deck.source === 'import');
    const notes = new Set<string>();
    await db.cards
      .where('key')
      .startsWith('import/')
      .each((card) => notes.add(card.noteId));
    // Those this device already holds a version of keep its stamp; the others count as written at their deck's import.
    await db.syncContent.toCollection().modify({ pending: 1 });
    const known = new Set((await db.syncContent.toCollection().primaryKeys()) as string[]);
    await db.syncContent.bulkPut([
      ...decks.flatMap((deck) =>
        known.has(deckDocId(deck.id)) ? [] : [{ id: deckDocId(deck.id), at: deck.updatedAt, pending: 1 as const }],
      ),
      ...[...notes].flatMap((noteId) => (known.has(noteDocId(noteId)) ? [] : [{ id: noteDocId(noteId), at: 0, pending: 1 as const }])),
    ]);
    await setSetting(db, 'syncContentMarked', true);
  });
}
