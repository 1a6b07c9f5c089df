import { memoryStateOf } from '../model';
import { schedulerSettingsOf, validateStudySettings } from '../srs';
import { globalLogId } from '../sync';
import { recordParams, thisDeviceId } from './logWrites';
import type { KubecardsDb, ReviewLogRecord } from './schema';
import { getSetting, setSetting } from './settings';

/**
 * Log rows written before schema 4 (or restored from an older backup) get what every new row has: a global id of this
 * device, the scheduler settings in use now (older versions did not record theirs: the best knowledge there is),
 * reschedules what they set (the state before the card's next row, or its schedule now); and each card's last older
 * row the state it left (`settled`), so that replaying the log gives every schedule exactly as it is, whatever settings
 * the old answers had. One transaction; returns how many rows it stamped. Run before the log is first synced, not on
 * opening the database: the review page's first load then carries none of it (see lib/sync/README.md).
 */
export async function stampOlderLog(db: KubecardsDb): Promise<number> {
  return db.transaction('rw', [db.reviewLog, db.schedule, db.settings], async () => {
    // Once stamped, every row written since has its gid: no need to count a log of 500k rows twice on every sync.
    // A restore or another account drops the mark with the sync's progress (syncProgress.ts), and the check runs again.
    if (await getSetting(db, 'syncLogStamped')) return 0;
    // Rows without a gid are not in its index: equal counts mean there is nothing to do (no scan).
    if ((await db.reviewLog.orderBy('gid').count()) === (await db.reviewLog.count())) {
      await setSetting(db, 'syncLogStamped', true);
      return 0;
    }
    const deviceId = await thisDeviceId(db);
    const study = validateStudySettings((await db.settings.get('study'))?.value).settings;
    const params = await recordParams(db, schedulerSettingsOf(study));
    const log = await db.reviewLog.orderBy('id').toArray();
    const nextOf = new Map<ReviewLogRecord, ReviewLogRecord>();
    const lastOf = new Map<string, ReviewLogRecord>();
    for (const row of log) {
      const previous = lastOf.get(row.cardKey);
      if (previous) nextOf.set(previous, row);
      lastOf.set(row.cardKey, row);
    }
    const stamped: ReviewLogRecord[] = [];
    for (const row of log) {
      if (row.gid !== undefined) continue;
      const kind = row.kind ?? 'review';
      const next = nextOf.get(row);
      const after = next?.before ?? (await db.schedule.get(row.cardKey));
      stamped.push({
        ...row,
        gid: globalLogId(deviceId, row.review, row.id as number),
        ...(kind === 'review' ? { params } : {}),
        ...(kind === 'reschedule' && after ? { rescheduled: { due: after.due, scheduledDays: after.scheduledDays } } : {}),
        // The last older row of its card: what follows it (if anything) was graded from this state.
        ...(after && next?.gid === undefined ? { settled: memoryStateOf(after) } : {}),
      });
    }
    await db.reviewLog.bulkPut(stamped);
    await setSetting(db, 'syncLogStamped', true);
    return stamped.length;
  });
}
