'use client';
import { getSetting } from '../db';
import type { ExportRequest, ExportResponse } from '../export/worker/protocol';
import type { Lang } from '../model';
import { validateStudySettings } from '../srs';
import { getDb } from './db';
import { dateStamp, downloadBlob } from './download';

export const EXPORT_WORKER_URL = '/export-worker.js';

/** Builds the package in the export worker (a fresh one each time, so its memory goes with it). */
function buildInWorker(request: ExportRequest): Promise<ExportResponse> {
  return new Promise((resolve) => {
    const worker = new Worker(EXPORT_WORKER_URL);
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, detail: event.message });
    };
    worker.postMessage(request);
  });
}

/**
 * Downloads some decks (or all) as an Anki package; with `withHistory`, the cards' scheduling, FSRS memory state and
 * review log go along (the retention in the cards' memory state is the learner's own).
 */
export async function downloadAnkiPackage(
  deckIds: readonly string[] | 'all',
  fileName: string,
  lang: Lang,
  withHistory: boolean,
): Promise<ExportResponse> {
  const db = getDb();
  const retention = withHistory ? validateStudySettings(await getSetting(db, 'study')).settings.desiredRetention : null;
  const now = Date.now();
  // The reader loads on the click, not with the settings screen (its first-load JS is at the budget).
  const { readApkgSource } = await import('../export/apkgSource');
  const source = await readApkgSource(db, deckIds, lang, retention === null ? null : { retention });
  const result = await buildInWorker({ source, lang, now });
  if (result.ok)
    downloadBlob(`${fileName}-${dateStamp(now)}.apkg`, new Blob([result.bytes as BlobPart], { type: 'application/octet-stream' }));
  return result;
}
