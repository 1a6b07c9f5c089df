import type { SchedulerSettings } from '../srs';
import { globalLogId, newDeviceId, paramsIdOf } from '../sync';
import type { KubecardsDb, ReviewLogRecord } from './schema';
import { getSetting, setSetting } from './settings';

// Every new log row gets its global id here (lib/sync/README.md). Run inside a write transaction over `settings` and
// `reviewLog`: the id sequence and the device id are then read and used atomically, even with two tabs open.

/** This device's id, made on first use (a database created at schema 4 or later has none yet). */
export async function thisDeviceId(db: KubecardsDb): Promise<string> {
  const stored = await getSetting(db, 'deviceId');
  if (stored) return stored;
  const made = newDeviceId(Math.random);
  await setSetting(db, 'deviceId', made);
  return made;
}

/** The id of these scheduler settings, stored once so that log rows can name them. */
export async function recordParams(db: KubecardsDb, settings: SchedulerSettings): Promise<string> {
  const id = paramsIdOf(settings);
  const known = (await getSetting(db, 'schedulerParams')) ?? {};
  if (!(id in known)) await setSetting(db, 'schedulerParams', { ...known, [id]: settings });
  return id;
}

/** The local log ids a push has taken (or is taking) up to: those rows may be on the server, and other devices. */
export async function pushedUpTo(db: KubecardsDb): Promise<number> {
  return Math.max((await getSetting(db, 'syncPushedUpTo')) ?? 0, (await getSetting(db, 'syncPushingUpTo')) ?? 0);
}

/**
 * Adds log rows with their local ids and global ids (`<deviceId>:<time>:<local id>`): one write per row. A local id
 * is reused only after its row was undone before it left the device, so a global id is never seen twice elsewhere;
 * and never at or below what a push took (rows deleted since, by a note deletion, must not hide new rows from it).
 */
export async function addLogRows(db: KubecardsDb, rows: readonly ReviewLogRecord[]): Promise<ReviewLogRecord[]> {
  if (rows.length === 0) return [];
  const deviceId = await thisDeviceId(db);
  const last = Math.max(((await db.reviewLog.toCollection().lastKey()) as number | undefined) ?? 0, await pushedUpTo(db));
  const stamped = rows.map((row, i) => ({ ...row, id: last + 1 + i, gid: globalLogId(deviceId, row.review, last + 1 + i) }));
  await db.reviewLog.bulkAdd(stamped);
  return stamped;
}

/** The local id of the last log row written, if any. */
export const lastLogId = async (db: KubecardsDb): Promise<number | undefined> =>
  (await db.reviewLog.toCollection().lastKey()) as number | undefined;
