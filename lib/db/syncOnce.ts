import { newerOf } from '../sync';
import { stampOlderLog } from './olderLogStamp';
import type { KubecardsDb } from './schema';
import { getSetting } from './settings';
import { applyPulled } from './syncApply';
import { refreshStaleSearchText, withNeededMedia } from './syncContentApply';
import { CONTENT_TYPES } from './syncContentDocs';
import { type ContentRemote, pushContent } from './syncContentPush';
import { refused, type SettingDoc, type SyncDoc } from './syncDocs';
import { markPushed, pendingPush } from './syncPending';
import { rebuildMarkedCards } from './syncRebuild';
import { PullTips } from './syncReplay';

/** The part of a CouchDB database (its HTTP API) that sync uses (`bulkDocs`: `_bulk_docs`, in ContentRemote). */
export interface RemoteDb extends ContentRemote {
  put(doc: SyncDoc): Promise<unknown>;
  get(id: string): Promise<SyncDoc>;
  changes(options: { since: string | number; include_docs: true; limit: number }): Promise<{
    results: { doc?: unknown }[];
    last_seq: string | number;
  }>;
}

export interface SyncReport {
  pushed: number;
  pulled: number;
}

/**
 * Rows a pulled batch aims at (log entries, note cards; a media file weighs 200, its bytes held until it is written).
 * A batch is one transaction, and each commit wakes the live queries of the screen shown: small documents (notes)
 * come many to a batch, large ones (log documents of up to 500 entries) few. A fresh device pulling 100k notes and
 * 480k answers under the home screen waited 26 s in all for those queries with 20k rows a batch (63 batches), 12 s
 * with 60k (27 batches; the whole pull 163 s -> 151 s). A batch of 60k rows takes ~5 s here: an answer made meanwhile
 * is written after it (the review screen does not wait for its writes).
 */
const BATCH_ROWS = 60_000;
const BATCH_DOCS = { fewest: 100, most: 6_000 };
const MEDIA_ROWS = 200;

const rowsOf = (doc: SyncDoc) =>
  doc.type === 'log'
    ? doc.entries.length
    : doc.type === 'note'
      ? (doc.body?.cards.length ?? 1) + MEDIA_ROWS * Object.keys(doc.body?.media ?? {}).length
      : 1;

/** How many documents the next batch asks for, from the rows per document of the batch before. */
export function batchLimitAfter(docs: readonly SyncDoc[]): number {
  if (docs.length === 0) return BATCH_DOCS.fewest;
  const perDoc = Math.max(1, docs.reduce((sum, doc) => sum + rowsOf(doc), 0) / docs.length);
  return Math.min(BATCH_DOCS.most, Math.max(BATCH_DOCS.fewest, Math.round(BATCH_ROWS / perDoc)));
}

/** Log rows read per push request (a few log documents): years of history go up in parts. */
const PUSH_ROWS = 5_000;

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/**
 * One round: push what this device has, a part at a time (log documents are immutable: one already there, from a push
 * cut short before it was recorded, holds the same rows), then pull everything since the checkpoint, one transaction
 * per batch, and rebuild the cards the pull touched, each once. Safe to cut at any point: what was not recorded is
 * done again, nothing is counted twice, and cards marked for a rebuild are rebuilt by the next round (even offline).
 */
export async function syncOnce(db: KubecardsDb, remote: RemoteDb): Promise<SyncReport> {
  try {
    const pushed = await push(db, remote);
    return { pushed, pulled: await pull(db, remote) };
  } finally {
    await rebuildMarkedCards(db);
    await refreshStaleSearchText(db);
  }
}

async function push(db: KubecardsDb, remote: RemoteDb): Promise<number> {
  // Once per push, not per part: its check counts the whole log (96 times for 480k rows: the push took ~27 min).
  await stampOlderLog(db);
  let pushed = 0;
  for (;;) {
    const pending = await pendingPush(db, PUSH_ROWS);
    const logs = pending.docs.filter((doc) => doc.type === 'log');
    if (logs.length > 0) refused(await remote.bulkDocs(logs));
    for (const doc of pending.docs) if (doc.type === 'setting') await putSetting(remote, doc);
    await markPushed(db, pending);
    pushed += pending.docs.length;
    if (!pending.more) return pushed + (await pushContent(db, remote));
  }
}

/**
 * Pulls everything since the checkpoint, a batch per transaction. The next batch downloads while this one is written
 * (a fresh device's pull spent a tenth of its time waiting on the server). A batch that finds the checkpoint moved
 * (another tab pulled it, a restore started the sync over) is dropped, and the pull goes on from where the checkpoint
 * is (what it knew of the data a restore replaced is dropped: `PullTips.begin`).
 */
async function pull(db: KubecardsDb, remote: RemoteDb): Promise<number> {
  const tips = new PullTips();
  let pulled = 0;
  let since = (await getSetting(db, 'syncCheckpoint')) ?? 0;
  let next = fetchBatch(db, remote, since, BATCH_DOCS.fewest);
  for (;;) {
    const batch = await next;
    if (batch.more) next = fetchBatch(db, remote, batch.lastSeq, batchLimitAfter(batch.docs));
    const applied = await applyPulled(db, batch.docs, batch.lastSeq, since, tips);
    pulled += applied?.added ?? 0;
    if (!batch.more) return pulled;
    if (applied) since = batch.lastSeq;
    else {
      since = (await getSetting(db, 'syncCheckpoint')) ?? 0;
      next = fetchBatch(db, remote, since, BATCH_DOCS.fewest);
    }
  }
}

interface PulledBatch {
  docs: SyncDoc[];
  lastSeq: string | number;
  /** A full batch: there may be more after it. */
  more: boolean;
}

/** One batch of changes after `since`, with the media its notes need. Its failure surfaces where it is awaited. */
function fetchBatch(db: KubecardsDb, remote: RemoteDb, since: string | number, limit: number): Promise<PulledBatch> {
  const batch = (async () => {
    const changes = await remote.changes({ since, include_docs: true, limit });
    const docs = await withNeededMedia(
      db,
      remote,
      changes.results.flatMap(({ doc }) => (isSyncDoc(doc) ? [doc] : [])),
    );
    return { docs, lastSeq: changes.last_seq, more: changes.results.length === limit };
  })();
  // Not awaited yet while the batch before it is written: not an unhandled rejection meanwhile.
  batch.catch(() => undefined);
  return batch;
}

/** A setting goes up unless the server holds a later write; a write racing ours is read and weighed again. */
async function putSetting(remote: RemoteDb, doc: SettingDoc) {
  for (let attempt = 0; attempt < 5; attempt++) {
    let current: SettingDoc | null = null;
    try {
      current = (await remote.get(doc._id)) as SettingDoc;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    if (current) {
      const theirs = { value: current.value, at: current.at, deviceId: current.by };
      if (newerOf({ value: doc.value, at: doc.at, deviceId: doc.by }, theirs) === theirs) return;
    }
    try {
      await remote.put({ ...doc, ...(current?._rev ? { _rev: current._rev } : {}) });
      return;
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
    }
  }
  throw new Error(`setting ${doc.key}: the server kept changing it`);
}

const isSyncDoc = (doc: unknown): doc is SyncDoc => {
  const type = (doc as { type?: unknown } | null)?.type;
  return type === 'log' || type === 'setting' || CONTENT_TYPES.has(type as string);
};
