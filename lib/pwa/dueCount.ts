import { CardState } from '../model';
import type { StudyDay } from '../srs/studyDay';
import { DEFAULT_STUDY_SETTINGS } from '../srs/studySettings';
import { type ReminderSettings, readReminderSettings } from './reminders';

// What the app badge and the daily notification say, read with IndexedDB itself: the service worker has no Dexie
// (and must never open the database at a version of its own).

/** The database's name (DB_NAME in lib/db/schema.ts; a unit test keeps them equal). */
export const DATABASE_NAME = 'kubecards';
/** Dexie's name for the schedule's [deckId, queue, due] index. */
const DUE_INDEX = '[deckId+queue+due]';
const STUDIED = [CardState.Learning, CardState.Review, CardState.Relearning];

/** The database as it is, or null when this browser has none yet (opening never creates or upgrades it). */
export function openExistingDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE_NAME);
    // No database yet: cancel the creation this open would make.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
}

const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export interface DueToday {
  /** Learning and review cards due before the study day ends, in every deck (new cards are not counted). */
  due: number;
  /** The study day (`YYYY-MM-DD`): at most one notification in it. */
  dayKey: string;
  reminders: ReminderSettings;
}

/**
 * How many cards are due today, in one read-only transaction; counted in the due index, no row is read. `dayOf` gives
 * the study day for the learner's rollover hour: the page's without Intl (see localStudyDay), the service worker's in
 * its time zone.
 */
export async function dueToday(db: IDBDatabase, dayOf: (rolloverHour: number) => StudyDay): Promise<DueToday> {
  const tx = db.transaction(['decks', 'schedule', 'settings'], 'readonly');
  const settings = tx.objectStore('settings');
  const [deckIds, study, reminders] = await Promise.all([
    result(tx.objectStore('decks').getAllKeys()),
    result(settings.get('study')),
    result(settings.get('reminders')),
  ]);
  const rollover = study?.value?.rolloverHour;
  const hour = Number.isInteger(rollover) && rollover >= 0 && rollover <= 23 ? rollover : DEFAULT_STUDY_SETTINGS.rolloverHour;
  const day = dayOf(hour);
  const index = tx.objectStore('schedule').index(DUE_INDEX);
  const counts = await Promise.all(
    deckIds.flatMap((deckId) =>
      STUDIED.map((queue) => result(index.count(IDBKeyRange.bound([deckId, queue, -Infinity], [deckId, queue, day.end], false, true)))),
    ),
  );
  return { due: counts.reduce((a, b) => a + b, 0), dayKey: day.key, reminders: readReminderSettings(reminders?.value) };
}
