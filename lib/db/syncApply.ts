import { newMemoryState } from '../model';
import { newerOf } from '../sync';
import { thisDeviceId } from './logWrites';
import type { KubecardsDb, ReviewLogRecord } from './schema';
import { getSetting, setSetting } from './settings';
import type { LogDoc, SettingDoc, SyncDoc } from './syncDocs';
import { markForRebuild } from './syncRebuild';

export interface PullResult {
  /** Log entries new to this device. */
  added: number;
  settings: number;
}

/**
 * Applies one batch of pulled documents in ONE transaction (all or nothing; `checkpoint` is saved with them, so a pull
 * that dies half-way starts again from the last applied batch): log entries new here are added and the cards they touch
 * are marked for a rebuild (`syncRebuild.ts`, once the pull is over: a card is replayed once, not once per batch);
 * settings merge last writer wins. An entry seen before (same gid) is never added twice.
 */
export async function applyPulled(db: KubecardsDb, docs: readonly SyncDoc[], checkpoint: string | number): Promise<PullResult> {
  return db.transaction('rw', [db.reviewLog, db.settings], async () => {
    const added = await addPulledLog(
      db,
      docs.filter((doc): doc is LogDoc => doc.type === 'log'),
    );
    const settings = await mergePulledSettings(
      db,
      docs.filter((doc): doc is SettingDoc => doc.type === 'setting'),
    );
    await setSetting(db, 'syncCheckpoint', checkpoint);
    return { added, settings };
  });
}

/** The entries new here, as rows waiting for their card's replay (which sets their `before` and counts them). */
async function addPulledLog(db: KubecardsDb, logDocs: readonly LogDoc[]): Promise<number> {
  const known = { ...(await getSetting(db, 'schedulerParams')) };
  for (const doc of logDocs) Object.assign(known, doc.params);
  await setSetting(db, 'schedulerParams', known);
  const entries = logDocs.flatMap((doc) => doc.entries);
  const seen = new Set(
    (await db.reviewLog
      .where('gid')
      .anyOf(entries.map((e) => e.gid))
      .keys()) as string[],
  );
  const fresh = [...new Map(entries.filter((e) => !seen.has(e.gid)).map((e) => [e.gid, e])).values()];
  if (fresh.length === 0) return 0;
  // Rows from other devices keep their own global ids; they get local ids only.
  const rows: ReviewLogRecord[] = fresh.map((entry) => ({ ...entry, before: newMemoryState(entry.review), version: 0, unreplayed: 1 }));
  await db.reviewLog.bulkAdd(rows);
  await markForRebuild(
    db,
    rows.map((row) => row.cardKey),
    fresh[0]?.gid as string,
  );
  return rows.length;
}

async function mergePulledSettings(db: KubecardsDb, settingDocs: readonly SettingDoc[]): Promise<number> {
  const device = await thisDeviceId(db);
  let merged = 0;
  for (const doc of settingDocs) {
    const local = await db.settings.get(doc.key);
    const ours = { value: local?.value, at: local?.at ?? 0, deviceId: local?.by ?? device };
    const theirs = { value: doc.value, at: doc.at, deviceId: doc.by };
    if (local && newerOf(ours, theirs) === ours) continue;
    await db.settings.put({ key: doc.key, value: doc.value, at: doc.at, by: doc.by });
    merged++;
  }
  return merged;
}
