/**
 * A database as IndexedDB itself holds it (stores, key paths, indexes, rows), independent of Dexie and of the
 * current schema: the form in which every released schema version is kept under tests/fixtures/db/.
 */
export interface RawDatabase {
  /** The schema version the app declared (`db.version(n)`). */
  schemaVersion: number;
  /** IndexedDB's own version number for it (Dexie stores n × 10). */
  nativeVersion: number;
  stores: Record<string, RawStore>;
}

interface RawStore {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  rows: unknown[];
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Typed arrays cannot live in JSON: they are kept as `{ "$bytes": base64 }` or `{ "$int32": [...] }`. */
const encode = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, function (key, v) {
      const raw = (this as Record<string, unknown>)[key];
      if (raw instanceof Uint8Array) return { $bytes: Buffer.from(raw).toString('base64') };
      if (raw instanceof Int32Array) return { $int32: [...raw] };
      return v;
    }),
  );
export const decode = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, v) => {
    if (v && typeof v === 'object' && typeof v.$bytes === 'string') return new Uint8Array(Buffer.from(v.$bytes, 'base64'));
    if (v && typeof v === 'object' && Array.isArray(v.$int32)) return Int32Array.from(v.$int32);
    return v;
  });

export async function dumpDatabase(name: string, schemaVersion: number): Promise<RawDatabase> {
  const db = await request(indexedDB.open(name));
  const stores: Record<string, RawStore> = {};
  for (const storeName of [...db.objectStoreNames]) {
    const store = db.transaction(storeName).objectStore(storeName);
    const indexes = [...store.indexNames].map((indexName) => {
      const index = store.index(indexName);
      return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    stores[storeName] = {
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes,
      rows: encode(await request(store.getAll())) as unknown[],
    };
  }
  const dump = { schemaVersion, nativeVersion: db.version, stores };
  db.close();
  return dump;
}

/** Writes a dump back as the very database it was, under a new name. */
export async function loadDatabase(name: string, dump: RawDatabase): Promise<void> {
  const open = indexedDB.open(name, dump.nativeVersion);
  open.onupgradeneeded = () => {
    for (const [storeName, raw] of Object.entries(dump.stores)) {
      const store = open.result.createObjectStore(storeName, { keyPath: raw.keyPath, autoIncrement: raw.autoIncrement });
      for (const index of raw.indexes) store.createIndex(index.name, index.keyPath, index);
    }
  };
  const db = await request(open);
  const tx = db.transaction(Object.keys(dump.stores), 'readwrite');
  for (const [storeName, raw] of Object.entries(dump.stores)) {
    for (const row of decode(raw.rows) as unknown[]) tx.objectStore(storeName).add(row);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
