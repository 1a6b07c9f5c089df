'use client';
import { type ImportSummary, importedCardRecord, isStorageFull, writeImport } from '../db';
import type { ImportError, ImportedNote, ImportOptions, ParseResult } from '../import';
import type { ImportResponse } from '../import/protocol';
import { getDb } from './db';

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

/** Writes a parsed deck; with `keepHistory`, an Anki package's answers are replayed with the learner's own settings. */
export async function storeImport(
  parsed: Extract<ParseResult, { ok: true }>['deck'],
  {
    keepHistory,
    ...options
  }: { deckName: string; fileName: string; keepHistory: boolean; onProgress(done: number, total: number): void; signal: AbortSignal },
): Promise<ImportSummary> {
  const studied = parsed.notes.some((note) => note.cards.some((card) => card.history));
  // The scheduler and the settings load only for a package that brings a history: the import screen stays small.
  const history = keepHistory && studied ? await (await import('./historyReplay')).learnersHistoryReplay() : undefined;
  return writeImport(getDb(), parsed, { now: Date.now(), ...options, ...(history ? { history } : {}) });
}
