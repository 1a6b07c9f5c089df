import type { Transaction } from 'dexie';
import { memoryStateOf } from '../model';
import { schedulerSettingsOf, validateStudySettings } from '../srs';
import { globalLogId, newDeviceId, paramsIdOf } from '../sync';
import type { ReviewLogRecord, ScheduleRecord, SettingRecord } from './records';

/**
 * Schema 4: every log row gets its global id, made from a new id for this device; reviews get the scheduler settings
 * in use now (older versions did not record them: the best knowledge there is); reschedules get what they set (the
 * state before the card's next entry, or its schedule now); and each card's last row, the card's state now (`settled`),
 * so that replaying the log gives every schedule exactly as it is, whatever settings the old answers had. See
 * lib/sync/README.md.
 */
export async function upgradeToGlobalIds(tx: Transaction): Promise<void> {
  const settings = tx.table<SettingRecord, string>('settings');
  const deviceId = newDeviceId(Math.random);
  const study = (await settings.get('study'))?.value;
  const scheduler = schedulerSettingsOf(validateStudySettings(study).settings);
  const params = paramsIdOf(scheduler);
  await settings.bulkPut([
    { key: 'deviceId', value: deviceId },
    { key: 'schedulerParams', value: { [params]: scheduler } },
  ]);
  const log = await tx.table<ReviewLogRecord, number>('reviewLog').orderBy('id').toArray();
  const schedule = tx.table<ScheduleRecord, string>('schedule');
  const nextOf = new Map<ReviewLogRecord, ReviewLogRecord>();
  const lastOf = new Map<string, ReviewLogRecord>();
  for (const row of log) {
    const previous = lastOf.get(row.cardKey);
    if (previous) nextOf.set(previous, row);
    lastOf.set(row.cardKey, row);
  }
  const upgraded: ReviewLogRecord[] = [];
  for (const row of log) {
    const kind = row.kind ?? 'review';
    const stamped: ReviewLogRecord = { ...row, gid: globalLogId(deviceId, row.review, row.id as number) };
    if (kind === 'review') stamped.params = params;
    const next = nextOf.get(row);
    const now = next ? undefined : await schedule.get(row.cardKey);
    const after = next?.before ?? now;
    if (kind === 'reschedule' && after) stamped.rescheduled = { due: after.due, scheduledDays: after.scheduledDays };
    if (now) stamped.settled = memoryStateOf(now);
    upgraded.push(stamped);
  }
  await tx.table('reviewLog').bulkPut(upgraded);
}
