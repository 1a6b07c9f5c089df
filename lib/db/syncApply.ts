import { newerOf } from '../sync';
import { lastLogId, thisDeviceId } from './logWrites';
import { noteOrder } from './noteWriter';
import type { KubecardsDb } from './schema';
import { getSetting, setSetting } from './settings';
import { applyContent, contentTables } from './syncContentApply';
import type { LogDoc, SettingDoc, SyncDoc, SyncedEntry } from './syncDocs';
import { addPulledEntries, PullTips, placePulledCards } from './syncReplay';

export interface PullResult {
  /** Log entries new to this device. */
  added: number;
  settings: number;
}

/**
 * Applies one batch of pulled documents in ONE transaction (all or nothing; `checkpoint` is saved with them, so a pull
 * that dies half-way starts again from the last applied batch): log entries new here are added, replayed on from where
 * their cards stand (`pull`, kept by the round between its batches: `syncReplay.ts`) or marked for the rebuild after
 * the pull (`syncRebuild.ts`); settings merge last writer wins. An entry seen before (same gid) is never added twice.
 * `from` is the checkpoint the documents were read after: if it moved meanwhile (a restore started the sync over,
 * another tab pulled), nothing is applied (`null`).
 */
export async function applyPulled(
  db: KubecardsDb,
  docs: readonly SyncDoc[],
  checkpoint: string | number,
  from: string | number,
  pull = new PullTips(),
): Promise<PullResult | null> {
  return db.transaction('rw', [db.reviewLog, db.schedule, db.dailyStats, db.settings, ...contentTables(db)], async () => {
    if (((await getSetting(db, 'syncCheckpoint')) ?? 0) !== from) return null;
    await pull.begin(db);
    // Imported decks and notes first: answers pulled with them find their cards.
    const content = await applyContent(db, docs, {
      order: async () => (pull.order ??= await noteOrder(db)),
      newSchedule: pull.placedSchedule,
      noCardsBefore: pull.noImportedCards,
    });
    // Answers dropped with a deletion made before: the replay the round held of those cards is stale.
    pull.forget(content.cleared);
    const added = await addPulledLog(
      db,
      docs.filter((doc): doc is LogDoc => doc.type === 'log'),
      content.keeps,
      pull,
    );
    // Cards that arrived after answers of theirs get the schedule their log gives.
    await placePulledCards(db, content.placed, pull);
    const settings = await mergePulledSettings(
      db,
      docs.filter((doc): doc is SettingDoc => doc.type === 'setting'),
    );
    await setSetting(db, 'syncCheckpoint', checkpoint);
    return { added, settings };
  });
}

/** The entries new here (by gid), added with their cards' replay (`syncReplay.ts`). */
async function addPulledLog(
  db: KubecardsDb,
  logDocs: readonly LogDoc[],
  keeps: (entry: SyncedEntry, undeletes?: number) => boolean,
  pull: PullTips,
): Promise<number> {
  const known = { ...(await getSetting(db, 'schedulerParams')) };
  for (const doc of logDocs) Object.assign(known, doc.params);
  await setSetting(db, 'schedulerParams', known);
  const entries = logDocs.flatMap((doc) => doc.entries.filter((entry) => keeps(entry, doc.undeletes)));
  const seen = await gidsHeld(db, logDocs);
  const fresh = [...new Map(entries.filter((e) => !seen.has(e.gid)).map((e) => [e.gid, e])).values()];
  if (fresh.length === 0) return 0;
  const lastBefore = await lastLogId(db);
  await addPulledEntries(db, fresh, known, pull);
  // Nothing of this device's was waiting to be pushed: its next push need not read past the rows just pulled.
  if (((await getSetting(db, 'syncPushedUpTo')) ?? 0) >= (lastBefore ?? 0))
    await setSetting(db, 'syncPushedUpTo', (await lastLogId(db)) ?? 0);
  return fresh.length;
}

/**
 * The gids of these documents this device holds already. A document's entries are one device's, of one day: one range
 * of the gid index each (a fresh device reads nothing; a cursor over 50k gids one by one took seconds).
 */
async function gidsHeld(db: KubecardsDb, logDocs: readonly LogDoc[]): Promise<Set<string>> {
  const held = await Promise.all(
    logDocs.map((doc) => {
      const gids = doc.entries.map((entry) => entry.gid).sort();
      const [first, last] = [gids[0], gids.at(-1)];
      if (first === undefined || last === undefined) return [];
      return db.reviewLog.where('gid').between(first, last, true, true).keys() as Promise<string[]>;
    }),
  );
  return new Set(held.flat());
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
