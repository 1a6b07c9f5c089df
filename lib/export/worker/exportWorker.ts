/// <reference lib="webworker" />
/// <reference path="../../import/worker/sql-js.d.ts" />
// The export worker: the Anki package (SQLite written by sql.js, then zipped) is built off the main thread.
import type { SqlJsStatic } from 'sql.js';
import initSqlJs from 'sql.js/dist/sql-wasm-browser.js';
import { loadCatalog, translator } from '../../i18n/translate';
import { collectionRows, writeApkg } from '../apkg';
import type { ExportRequest, ExportResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let sql: Promise<SqlJsStatic> | null = null;
const loadSql = () => {
  sql ??= initSqlJs({ locateFile: () => '/sql-wasm-browser.wasm' });
  return sql;
};

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { source, lang, now } = event.data;
  try {
    const t = translator(await loadCatalog(lang));
    const bytes = writeApkg(collectionRows(source, lang, t, now), await loadSql());
    self.postMessage({ ok: true, bytes } satisfies ExportResponse, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    self.postMessage({ ok: false, detail: String(error instanceof Error ? error.message : error) } satisfies ExportResponse);
  }
};
