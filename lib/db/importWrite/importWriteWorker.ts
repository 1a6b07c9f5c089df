/// <reference lib="webworker" />
// The import-write worker: a parsed deck is written here, off the main thread, in the writer's one transaction (a
// 60,000-row CSV or an Anki history of 80,000 answers took the page's main thread for seconds). With `keepHistory`,
// the package's answers are replayed with the learner's own scheduler settings and study days. Dexie tells the page's
// live queries about the writes.
import { createScheduler, schedulerSettingsOf, studyDay, validateStudySettings } from '../../srs';
import type { HistoryReplay } from '../importHistory';
import { writeImport } from '../importWriter';
import { type KubecardsDb, openDb } from '../schema';
import { getSetting } from '../settings';
import { isStorageFull } from '../writeFailure';
import type { ImportWriteMessage, ImportWriteRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: ImportWriteMessage) => self.postMessage(message);
const cancel = new AbortController();

async function learnersHistoryReplay(db: KubecardsDb): Promise<HistoryReplay> {
  const { settings } = validateStudySettings(await getSetting(db, 'study'));
  const scheduler = createScheduler(schedulerSettingsOf(settings));
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { scheduler, dayOf: (at) => studyDay(at, zone, settings.rolloverHour).key };
}

self.onmessage = async (event: MessageEvent<ImportWriteRequest>) => {
  if ('cancel' in event.data) return cancel.abort();
  const { deck, deckName, fileName, keepHistory, now } = event.data;
  const db = openDb();
  let percent = -1;
  try {
    const studied = keepHistory && deck.notes.some((note) => note.cards.some((card) => card.history));
    const summary = await writeImport(db, deck, {
      now,
      deckName,
      fileName,
      signal: cancel.signal,
      ...(studied ? { history: await learnersHistoryReplay(db) } : {}),
      onProgress: (done, total) => {
        // One message per percent: the page repaints its progress bar, not once per chunk.
        const at = Math.floor((100 * done) / Math.max(total, 1));
        if (at !== percent) post({ progress: { done, total } });
        percent = at;
      },
    });
    post({ summary });
  } catch (error) {
    post(cancel.signal.aborted ? { cancelled: true } : { failed: { full: isStorageFull(error), detail: String(error) } });
  } finally {
    db.close();
  }
};
