/// <reference lib="webworker" />
// The import worker: parsing (unzip, SQLite, CSV…) runs off the main thread; the page only writes the result.
import type { SqlJsStatic } from 'sql.js';
import initSqlJs from 'sql.js/dist/sql-wasm-browser.js';
import { parseImport } from '../index';
import type { ImportRequest, ImportResponse } from '../protocol';
import type { ParseResult } from '../types';

declare const self: DedicatedWorkerGlobalScope;

let sql: Promise<SqlJsStatic> | null = null;
const loadSql = () => {
  sql ??= initSqlJs({ locateFile: () => '/sql-wasm-browser.wasm' });
  return sql;
};

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, name, bytes, options } = event.data;
  let result: ParseResult;
  try {
    result = await parseImport({ name, bytes: new Uint8Array(bytes) }, options, loadSql);
  } catch (error) {
    result = { ok: false, error: { code: 'bad-database', detail: String(error) } };
  }
  const media = result.ok ? [...result.deck.media] : [];
  if (result.ok) result.deck.media = new Map();
  self.postMessage(
    { id, result, media } satisfies ImportResponse,
    media.map(([, data]) => data.buffer as ArrayBuffer),
  );
};
