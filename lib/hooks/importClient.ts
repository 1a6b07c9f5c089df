'use client';
import { type ImportSummary, importedCardRecord, isStorageFull } from '../db';
import type { ImportWriteMessage, ImportWriteRequest } from '../db/importWrite/protocol';
import type { ImportError, ImportedNote, ImportOptions, ParseResult } from '../import';
import type { ImportResponse } from '../import/protocol';

export { type ImportSummary, importDeckId } from '../db';

export const IMPORT_WORKER_URL = '/import-worker.js';

/** A parsed note's first card as the import will store it (the preview shows exactly that). */
export const previewCard = (note: ImportedNote) => (note.cards[0] ? importedCardRecord(note, note.cards[0], 'preview', '') : null);

/** Why writing an import failed, as an import error the screen can name. */
export const importWriteError = (error: unknown): ImportError =>
  isStorageFull(error) ? { code: 'storage-full' } : { code: 'write-failed', detail: String(error) };

/**
 * Parses a file in the import worker (a fresh one each time, so its memory goes with it). Aborting stops the worker
 * and rejects with an AbortError.
 */
export function parseInWorker(name: string, bytes: ArrayBuffer, options: ImportOptions, signal?: AbortSignal): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(IMPORT_WORKER_URL);
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(new DOMException('import cancelled', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const { result, media } = event.data;
      if (result.ok) result.deck.media = new Map(media);
      worker.terminate();
      resolve(result);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, error: { code: 'bad-database', detail: event.message } });
    };
    worker.postMessage({ id: 1, name, bytes, options }, [bytes]);
  });
}

export const IMPORT_WRITE_WORKER_URL = '/import-write-worker.js';

/**
 * Writes a parsed deck in the import-write worker (the page stays responsive); with `keepHistory`, an Anki package's
 * answers are replayed there with the learner's own settings. All of it or nothing: aborting asks the worker to stop,
 * and this rejects with an AbortError once its transaction is undone (or resolves, if the import was already done).
 */
export function storeImport(
  parsed: Extract<ParseResult, { ok: true }>['deck'],
  {
    onProgress,
    signal,
    ...options
  }: { deckName: string; fileName: string; keepHistory: boolean; onProgress(done: number, total: number): void; signal: AbortSignal },
): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(IMPORT_WRITE_WORKER_URL);
    const ask = (request: ImportWriteRequest) => worker.postMessage(request);
    signal.addEventListener('abort', () => ask({ cancel: true }));
    worker.onmessage = ({ data }: MessageEvent<ImportWriteMessage>) => {
      if ('progress' in data) return onProgress(data.progress.done, data.progress.total);
      worker.terminate();
      if ('summary' in data) resolve(data.summary);
      else if ('cancelled' in data) reject(new DOMException('import cancelled', 'AbortError'));
      else reject(data.failed.full ? new DOMException(data.failed.detail, 'QuotaExceededError') : new Error(data.failed.detail));
    };
    // The worker itself failed (it could not load, or ran out of memory): its transaction is gone with it.
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    ask({ deck: parsed, ...options, now: Date.now() });
  });
}
