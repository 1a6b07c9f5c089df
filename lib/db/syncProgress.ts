import { newDeviceId } from '../sync';
import type { KubecardsDb, ReviewLogRecord, SettingRecord } from './schema';
import { setSetting } from './settings';

// How far this device synced with its server, and starting over (another account, a restored backup).

/**
 * What a sync recorded of its progress: it holds for one device id, one server and one copy of the data
 * (`syncContentMarked`: every imported note and deck was marked to go up once; starting over marks them again;
 * `syncLogStamped`: every log row had its global id, which a restored log must be checked for again).
 */
const SYNC_PROGRESS = [
  'syncCheckpoint',
  'syncPushedUpTo',
  'syncPushingUpTo',
  'syncSettingsPushed',
  'syncPushAllUpTo',
  'syncContentMarked',
  'syncLogStamped',
] as const;

/** The settings of this device's sync that a restore keeps (the backup's belong to whatever made it). */
export const DEVICE_SYNC = ['syncAccount', 'syncStatus'] as const;

/**
 * Does this device push this row? Its own entries, and every entry it held when the sync started over (a restored log,
 * or a log from before the account): the server may not have them. A row pulled since is another device's to push.
 */
export const pushedFromHere = (row: ReviewLogRecord, device: string, pushAllUpTo: number): boolean =>
  (row.gid?.startsWith(`${device}:`) ?? true) || (row.id as number) <= pushAllUpTo;

/**
 * The next sync starts over, inside the caller's transaction over `settings` and `reviewLog`: it pushes every entry
 * this device holds (the server keeps what it already has; every device counts an entry once, by its global id), and
 * pulls the server's whole log, which the replay merges.
 */
export async function restartSync(db: KubecardsDb): Promise<void> {
  await db.settings.bulkDelete([...SYNC_PROGRESS]);
  const last = (await db.reviewLog.toCollection().lastKey()) as number | undefined;
  if (last !== undefined) await setSetting(db, 'syncPushAllUpTo', last);
}

/**
 * After a restore wrote the backup's rows (in its transaction): this device keeps its own account and status, not the
 * backup's; it gets a new device id (never the backup's: two devices must not become one; nor its old one: the server
 * may hold entries of it under the local ids the restored log will now reuse); and its sync starts over. The server and the other devices keep everything (nothing
 * synced is ever deleted): the next sync merges their log with the backup's (lib/sync/README.md, "Restoring").
 */
export async function syncAfterRestore(db: KubecardsDb, kept: readonly SettingRecord[]): Promise<void> {
  await db.settings.bulkDelete([...SYNC_PROGRESS, ...DEVICE_SYNC, 'deviceId']);
  await db.settings.bulkPut([...kept]);
  await setSetting(db, 'deviceId', newDeviceId(Math.random));
  // Signed out, signing in starts the sync over.
  if (kept.some((row) => row.key === 'syncAccount')) await restartSync(db);
}
