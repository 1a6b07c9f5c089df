/// <reference lib="webworker" />
// The restore worker: a backup file is read as a stream, checked and written here, off the main thread, in one
// transaction (see restoreBackup). Dexie tells the page's live queries about the replaced data; the data generation
// written in the same transaction makes any tab's undo refuse. A cancel is taken between two pieces of the file: the
// transaction aborts and nothing is written (a cancel that comes after the last piece finds the restore done).
import { openDb } from '../../db/schema';
import { restoreBackup } from '../backup';
import { restoreErrorOf } from '../backupReader';
import { roomRefusal } from '../restoreRoom';
import type { RestoreMessage, RestoreRequest } from './restoreProtocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: RestoreMessage) => self.postMessage(message);

const cancel = new AbortController();

self.onmessage = async (event: MessageEvent<RestoreRequest>) => {
  if ('cancel' in event.data) return cancel.abort();
  const { file } = event.data;
  // A file that cannot fit is refused before the database is even opened: no minutes of writing to undo.
  const noRoom = roomRefusal(file.size, await navigator.storage.estimate().catch(() => ({})));
  if (noRoom) return post({ error: noRoom });
  const db = openDb();
  let percent = -1;
  try {
    const { restored } = await restoreBackup(
      db,
      file,
      (done, total) => {
        // One message per percent: the page repaints its progress bar, not once per piece of the file.
        const now = Math.floor((100 * done) / Math.max(total, 1));
        if (now !== percent) post({ progress: { done, total } });
        percent = now;
      },
      cancel.signal,
    );
    post({ restored });
  } catch (error) {
    post(cancel.signal.aborted ? { cancelled: true } : { error: restoreErrorOf(error) });
  } finally {
    db.close();
  }
};
