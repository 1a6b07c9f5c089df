import { dataGeneration } from './dataGeneration';
import { thisDeviceId } from './logWrites';
import type { KubecardsDb } from './schema';
import { getSetting, setSetting } from './settings';
import { logDocsOf, SYNCED_SETTINGS, type SyncDoc, settingDocOf } from './syncDocs';
import { pushedFromHere } from './syncProgress';

export interface PendingPush {
  docs: SyncDoc[];
  /** The last local log id read (saved with `markPushed` once the documents are on the server). */
  upTo: number;
  /** Whether rows beyond `upTo` are waiting too (the next call reads them). */
  more: boolean;
  settingsAt: Record<string, number>;
  /** The copy of the data it was read from: a push that ends after a restore records nothing (see markPushed). */
  generation: number;
}

/**
 * What this device has that the server has not: its log rows since the last push (the next `rowsAtMost` of them: years of
 * history go up in parts, each recorded once it is on the server), and synced settings changed here. Call after
 * `stampOlderLog` (rows from before schema 4 have no gid yet, and are not pushed).
 */
export async function pendingPush(db: KubecardsDb, rowsAtMost: number): Promise<PendingPush> {
  return db.transaction('rw', [db.reviewLog, db.settings], async () => {
    const device = await thisDeviceId(db);
    const pushedUpTo = (await getSetting(db, 'syncPushedUpTo')) ?? 0;
    const pushAllUpTo = (await getSetting(db, 'syncPushAllUpTo')) ?? 0;
    const read = await db.reviewLog.where('id').above(pushedUpTo).limit(rowsAtMost).toArray();
    // Rows pulled from other devices are read (and counted as passed) but not pushed back.
    const rows = read.filter((row) => pushedFromHere(row, device, pushAllUpTo));
    const known = (await getSetting(db, 'schedulerParams')) ?? {};
    const pushedSettings = (await getSetting(db, 'syncSettingsPushed')) ?? {};
    const settings = (await db.settings.bulkGet([...SYNCED_SETTINGS])).filter(
      (row) => row?.at !== undefined && row.at !== pushedSettings[row.key],
    );
    const upTo = read.at(-1)?.id ?? pushedUpTo;
    // From here these rows may reach the server: an undo of one must leave an undo entry, not delete it only.
    await setSetting(db, 'syncPushingUpTo', Math.max(pushedUpTo, upTo));
    return {
      docs: [...logDocsOf(rows, device, known), ...settings.flatMap((row) => (row ? [settingDocOf(row, device)] : []))],
      upTo,
      more: read.length === rowsAtMost,
      settingsAt: Object.fromEntries(settings.flatMap((row) => (row?.at === undefined ? [] : [[row.key, row.at]]))),
      generation: await dataGeneration(db),
    };
  });
}

/**
 * Records that a push reached the server (nothing of it is pushed again); unless a restore replaced the data meanwhile:
 * the restored log is still to push, under its own local ids.
 */
export async function markPushed(db: KubecardsDb, pushed: PendingPush): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if ((await dataGeneration(db)) !== pushed.generation) return;
    await setSetting(db, 'syncPushedUpTo', Math.max(pushed.upTo, (await getSetting(db, 'syncPushedUpTo')) ?? 0));
    await setSetting(db, 'syncSettingsPushed', { ...(await getSetting(db, 'syncSettingsPushed')), ...pushed.settingsAt });
  });
}
