import type { SyncDoc } from '../../../lib/db/syncDocs';
import type { RemoteDb } from '../../../lib/db/syncOnce';
import { fromBase64 } from '../../../lib/model/base64';

const conflict = () => Object.assign(new Error('Document update conflict'), { status: 409 });

/**
 * A CouchDB database in memory, as far as sync uses one: revisions (409 on a stale one), a changes feed, `_all_docs`,
 * `_bulk_docs` (a stale revision is that document's error, the others are written) and attachments (stubs in documents).
 */
export function memoryRemote(): RemoteDb & {
  docs: Map<string, SyncDoc>;
  /** Attachments by `<doc id>/<name>`. */
  files: Map<string, Uint8Array>;
  /** The server goes away after this many more writes (a `_bulk_docs` request is one). */
  failAfter(writes: number): void;
  failChangesAfter(calls: number): void;
} {
  const docs = new Map<string, SyncDoc>();
  const files = new Map<string, Uint8Array>();
  let seq = 0;
  const feed: { seq: number; id: string }[] = [];
  let writesLeft = Number.POSITIVE_INFINITY;
  let changesLeft = Number.POSITIVE_INFINITY;
  function write(doc: SyncDoc) {
    const current = docs.get(doc._id);
    if (current && current._rev !== doc._rev) throw conflict();
    const rev = `${Number(current?._rev?.split('-')[0] ?? 0) + 1}-x`;
    const stored = structuredClone({ ...doc, _rev: rev }) as SyncDoc & { _attachments?: Record<string, { data?: string; stub?: boolean }> };
    for (const [name, attachment] of Object.entries(stored._attachments ?? {})) {
      if (attachment.data) files.set(`${doc._id}/${name}`, fromBase64(attachment.data));
      stored._attachments = { ...stored._attachments, [name]: { stub: true } };
    }
    docs.set(doc._id, stored);
    const at = feed.findIndex((change) => change.id === doc._id);
    if (at >= 0) feed.splice(at, 1);
    feed.push({ seq: ++seq, id: doc._id });
    return { ok: true, rev };
  }
  return {
    docs,
    files,
    failAfter(writes) {
      writesLeft = writes;
    },
    failChangesAfter(calls) {
      changesLeft = calls;
    },
    async put(doc) {
      if (writesLeft-- <= 0) throw Object.assign(new Error('server gone'), { status: 0 });
      return write(doc);
    },
    async bulkDocs(many) {
      if (writesLeft-- <= 0) throw Object.assign(new Error('server gone'), { status: 0 });
      return many.map((doc) => {
        const id = (doc as SyncDoc)._id;
        try {
          return { id, rev: write(doc as SyncDoc).rev };
        } catch {
          return { id, error: 'conflict' };
        }
      });
    },
    async allDocs(keys) {
      return { rows: keys.map((key) => ({ key, ...(docs.has(key) ? { doc: structuredClone(docs.get(key)) } : {}) })) };
    },
    async attachment(id, name) {
      const file = files.get(`${id}/${name}`);
      if (!file) throw Object.assign(new Error('missing'), { status: 404 });
      return file.slice();
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
