import type { KubecardsDb } from './schema';
import { getSetting } from './settings';
import { pushedFromHere } from './syncProgress';

/** How many of this device's log entries the server does not have yet. */
export async function pendingEntries(db: KubecardsDb): Promise<number> {
  const [device, pushedUpTo] = [(await getSetting(db, 'deviceId')) ?? '', (await getSetting(db, 'syncPushedUpTo')) ?? 0];
  const pushAllUpTo = (await getSetting(db, 'syncPushAllUpTo')) ?? 0;
  return db.reviewLog
    .where('id')
    .above(pushedUpTo)
    .filter((row) => pushedFromHere(row, device, pushAllUpTo))
    .count();
}

/** How many imported notes and decks changed here that the server does not have yet. */
export const pendingContent = (db: KubecardsDb): Promise<number> => db.syncContent.where('pending').equals(1).count();
