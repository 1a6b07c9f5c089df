import type { SyncDoc } from '../../../lib/db/syncDocs';
import type { RemoteDb } from '../../../lib/db/syncOnce';

const conflict = () => Object.assign(new Error('Document update conflict'), { status: 409 });

/** A CouchDB database in memory, as far as sync uses one: revisions (409 on a stale one) and a changes feed. */
export function memoryRemote(): RemoteDb & {
  docs: Map<string, SyncDoc>;
  /** The server goes away after this many more writes (a `_bulk_docs` request is one). */
  failAfter(writes: number): void;
  failChangesAfter(calls: number): void;
} {
  const docs = new Map<string, SyncDoc>();
  let seq = 0;
  const feed: { seq: number; id: string }[] = [];
  let writesLeft = Number.POSITIVE_INFINITY;
  let changesLeft = Number.POSITIVE_INFINITY;
  const store = (doc: SyncDoc) => {
    const rev = `${Number(docs.get(doc._id)?._rev?.split('-')[0] ?? 0) + 1}-x`;
    docs.set(doc._id, structuredClone({ ...doc, _rev: rev }));
    const at = feed.findIndex((change) => change.id === doc._id);
    if (at >= 0) feed.splice(at, 1);
    feed.push({ seq: ++seq, id: doc._id });
    return { ok: true, rev };
  };
  return {
    docs,
    failAfter(writes) {
      writesLeft = writes;
    },
    failChangesAfter(calls) {
      changesLeft = calls;
    },
    async bulkDocs(batch) {
      if (writesLeft-- <= 0) throw Object.assign(new Error('server gone'), { status: 0 });
      for (const doc of batch) if (!docs.has(doc._id)) store(doc);
    },
    async put(doc) {
      if (writesLeft-- <= 0) throw Object.assign(new Error('server gone'), { status: 0 });
      const current = docs.get(doc._id);
      if (current && current._rev !== doc._rev) throw conflict();
      return store(doc);
    },
    async get(id) {
      const doc = docs.get(id);
      if (!doc) throw Object.assign(new Error('missing'), { status: 404 });
      return structuredClone(doc);
    },
    // A document changed again moves to the end of the feed, with a new sequence, as in CouchDB.
    async changes({ since, limit }) {
      if (changesLeft-- <= 0) throw Object.assign(new Error('server gone'), { status: 0 });
      const changes = feed.filter((change) => change.seq > Number(since)).slice(0, limit);
      const results = changes.map((change) => ({ doc: structuredClone(docs.get(change.id)) }));
      return { results, last_seq: changes.at(-1)?.seq ?? since };
    },
  };
}
