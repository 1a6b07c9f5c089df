import { newMemoryState } from '../model';
import { createScheduler } from '../srs';
import { newerOf, replayLog } from '../sync';
import { countAnswer } from './dailyStats';
import { logEventOf } from './logEvents';
import { thisDeviceId } from './logWrites';
import type { KubecardsDb, ReviewLogRecord, ScheduleRecord } from './schema';
import { getSetting, setSetting } from './settings';
import type { LogDoc, SettingDoc, SyncDoc, SyncedEntry } from './syncDocs';

export interface PullResult {
  /** Log entries new to this device. */
  added: number;
  /** Cards whose schedule was rebuilt. */
  cards: number;
  settings: number;
}

/**
 * Applies pulled documents in ONE transaction (all or nothing; `checkpoint` is saved with them, so a pull that dies
 * half-way starts again from the last applied batch): log entries new here are added, every card they touch is
 * rebuilt by replaying its merged log (and its rows' `before` and the daily totals follow), settings merge last
 * writer wins. An entry seen before (same gid) is never added twice. `from` is the checkpoint the documents were read
 * after: if it moved meanwhile (a restore started the sync over, another tab pulled), nothing is applied.
 */
export async function applyPulled(
  db: KubecardsDb,
  docs: readonly SyncDoc[],
  checkpoint: string | number,
  from: string | number,
): Promise<PullResult> {
  return db.transaction('rw', [db.reviewLog, db.schedule, db.dailyStats, db.settings], async () => {
    if (((await getSetting(db, 'syncCheckpoint')) ?? 0) !== from) return { added: 0, cards: 0, settings: 0 };
    const device = await thisDeviceId(db);
    const logDocs = docs.filter((doc): doc is LogDoc => doc.type === 'log');
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
    const cards = [...new Set(fresh.map((e) => e.cardKey))];
    // Their `before` and version are set below, by the replay.
    const added = await addRemoteRows(
      db,
      fresh.map((entry: SyncedEntry) => ({ ...entry, before: newMemoryState(entry.review), version: 0 })),
    );

    const schedulers = new Map<string, ReturnType<typeof createScheduler>>();
    const schedulerOf = (id: string) => {
      const settings = known[id];
      if (!settings) throw new Error(`pulled log entry names unknown scheduler settings ${id}`);
      if (!schedulers.has(id)) schedulers.set(id, createScheduler(settings));
      return schedulers.get(id) as ReturnType<typeof createScheduler>;
    };
    for (const key of cards) {
      const rows = await db.reviewLog.where('cardKey').equals(key).toArray();
      const replay = replayLog(rows.map(logEventOf), schedulerOf);
      const current = await db.schedule.get(key);
      const version = (current?.version ?? 0) + 1;
      const changed: ReviewLogRecord[] = [];
      const undone = new Set(rows.flatMap((row) => (row.kind === 'undo' && row.target ? [row.target] : [])));
      const gone: number[] = [];
      for (const row of rows) {
        // Taken back (on whichever device): it leaves this device's log as a local undo leaves it; its undo stays.
        if (undone.has(row.gid as string)) {
          if (!added.has(row.gid as string)) await countAnswer(db, row, -1);
          gone.push(row.id as number);
          continue;
        }
        const before = replay.before.get(row.gid as string) ?? row.before;
        if (JSON.stringify(before) === JSON.stringify(row.before) && !added.has(row.gid as string)) continue;
        if (!added.has(row.gid as string)) await countAnswer(db, row, -1);
        const updated = { ...row, before, version: added.has(row.gid as string) ? version : row.version };
        await countAnswer(db, updated, 1);
        changed.push(updated);
      }
      await db.reviewLog.bulkPut(changed);
      await db.reviewLog.bulkDelete(gone);
      const replayed = replay.cards.get(key);
      // A card this device does not have (a deck not imported here) keeps its log for when it comes.
      if (!current || replayed === undefined) continue;
      const next: ScheduleRecord = { ...current, ...replayed.memory, ...replayed.marks, version };
      await db.schedule.put(next);
    }

    let settings = 0;
    for (const doc of docs.filter((d): d is SettingDoc => d.type === 'setting')) {
      const local = await db.settings.get(doc.key);
      const ours = { value: local?.value, at: local?.at ?? 0, deviceId: local?.by ?? device };
      const theirs = { value: doc.value, at: doc.at, deviceId: doc.by };
      if (local && newerOf(ours, theirs) === ours) continue;
      await db.settings.put({ key: doc.key, value: doc.value, at: doc.at, by: doc.by });
      settings++;
    }
    await setSetting(db, 'syncCheckpoint', checkpoint);
    return { added: added.size, cards: cards.length, settings };
  });
}

/** Rows from other devices keep their own global ids; they get local ids only. */
async function addRemoteRows(db: KubecardsDb, rows: ReviewLogRecord[]): Promise<Set<string>> {
  if (rows.length > 0) await db.reviewLog.bulkAdd(rows);
  return new Set(rows.map((row) => row.gid as string));
}
