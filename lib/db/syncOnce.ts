import { newerOf } from '../sync';
import type { KubecardsDb } from './schema';
import { getSetting } from './settings';
import { applyPulled } from './syncApply';
import type { SettingDoc, SyncDoc } from './syncDocs';
import { markPushed, pendingPush } from './syncPending';

/** The part of a CouchDB database (PouchDB's HTTP adapter) that sync uses. */
export interface RemoteDb {
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

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/**
 * One round: push what this device has (log documents are immutable: one already there, from a push cut short before
 * it was recorded, is fine), then pull everything since the checkpoint, one transaction per batch. Safe to cut at any
 * point: what was not recorded is done again, and nothing is counted twice.
 */
export async function syncOnce(db: KubecardsDb, remote: RemoteDb): Promise<SyncReport> {
  const pending = await pendingPush(db);
  for (const doc of pending.docs) {
    if (doc.type === 'log') await putOnce(remote, doc);
    else await putSetting(remote, doc);
  }
  await markPushed(db, pending);
  let pulled = 0;
  for (;;) {
    const since = (await getSetting(db, 'syncCheckpoint')) ?? 0;
    const changes = await remote.changes({ since, include_docs: true, limit: PULL_BATCH });
    const docs = changes.results.flatMap(({ doc }) => (isSyncDoc(doc) ? [doc] : []));
    pulled += (await applyPulled(db, docs, changes.last_seq, since)).added;
    if (changes.results.length < PULL_BATCH) break;
  }
  return { pushed: pending.docs.length, pulled };
}

async function putOnce(remote: RemoteDb, doc: SyncDoc) {
  try {
    await remote.put(doc);
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
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
  return type === 'log' || type === 'setting';
};
