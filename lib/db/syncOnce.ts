import { newerOf } from '../sync';
import { stampOlderLog } from './olderLogStamp';
import type { KubecardsDb } from './schema';
import { getSetting } from './settings';
import { applyPulled } from './syncApply';
import { refreshStaleSearchText, withNeededMedia } from './syncContentApply';
import { CONTENT_TYPES } from './syncContentDocs';
import { type ContentRemote, pushContent } from './syncContentPush';
import type { SettingDoc, SyncDoc } from './syncDocs';
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

/** Documents pulled per transaction. */
const PULL_BATCH = 100;
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
 * `_bulk_docs` answers 201 and says per document what it refused: a log document already there (a push cut before it
 * was recorded) is fine; any other refusal fails the round with the status it has on its own (401: the session ended).
 */
function refused(results: readonly { id: string; error?: string; reason?: string }[]) {
  const refusal = results.find((result) => result.error && result.error !== 'conflict');
  if (!refusal) return;
  const status = refusal.error === 'unauthorized' ? 401 : refusal.error === 'forbidden' ? 403 : 500;
  throw Object.assign(new Error(`${refusal.id}: ${refusal.reason ?? refusal.error}`), { status });
}

async function pull(db: KubecardsDb, remote: RemoteDb): Promise<number> {
  const tips = new PullTips();
  let pulled = 0;
  for (;;) {
    const since = (await getSetting(db, 'syncCheckpoint')) ?? 0;
    const changes = await remote.changes({ since, include_docs: true, limit: PULL_BATCH });
    const docs = await withNeededMedia(
      db,
      remote,
      changes.results.flatMap(({ doc }) => (isSyncDoc(doc) ? [doc] : [])),
    );
    pulled += (await applyPulled(db, docs, changes.last_seq, since, tips)).added;
    if (changes.results.length < PULL_BATCH) return pulled;
  }
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
