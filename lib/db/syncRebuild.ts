import { createScheduler, type Scheduler, type SchedulerSettings } from '../srs';
import { type ReplayedCard, replayLog } from '../sync';
import { countAnswers } from './dailyStats';
import { logEventOf } from './logEvents';
import type { KubecardsDb, ReviewLogRecord, ScheduleRecord } from './schema';
import { getSetting, setSetting } from './settings';

// After a pull, each card whose log changed is rebuilt by replaying its merged log (lib/sync/README.md). The cards
// waiting for it are kept in settings `syncRebuild:<name>`, written in the pulled batch's own transaction, so a pull
// cut at any point (the tab killed) still rebuilds every card it touched, at the next sync.

const WAITING = 'syncRebuild:';
/** Cards replayed per transaction: a fresh device's 100k cards are not one long transaction. */
const CARDS_PER_TRANSACTION = 2_000;

/** The scheduler of each params id the log names (settings `schedulerParams`), made once each. */
export function schedulersOf(known: Record<string, SchedulerSettings>): (id: string) => Scheduler {
  const schedulers = new Map<string, Scheduler>();
  return (id) => {
    const settings = known[id];
    if (!settings) throw new Error(`pulled log entry names unknown scheduler settings ${id}`);
    if (!schedulers.has(id)) schedulers.set(id, createScheduler(settings));
    return schedulers.get(id) as Scheduler;
  };
}

/**
 * A card's schedule row as its replayed log leaves it: its memory state (none when its log holds marks only: the
 * device's stays) and the marks its log set (`null`: no entry of it yet, the row as it is).
 */
export function replayedSchedule(card: ScheduleRecord, replayed: ReplayedCard | null, version: number): ScheduleRecord {
  return { ...card, ...replayed?.memory, ...replayed?.marks, version };
}

/** Marks cards for a rebuild (a list of its own: two tabs marking at once both keep theirs). Call in the pull's transaction. */
export async function markForRebuild(db: KubecardsDb, cardKeys: Iterable<string>): Promise<void> {
  await setSetting(db, `${WAITING}${Date.now()}:${Math.random().toString(36).slice(2)}`, [...new Set(cardKeys)]);
}

/** Every card marked for a rebuild. */
export async function waitingForRebuild(db: KubecardsDb): Promise<Set<string>> {
  const lists = await db.settings.where('key').startsWith(WAITING).toArray();
  return new Set(lists.flatMap(({ value }) => value as string[]));
}

/**
 * Rebuilds every marked card, a part at a time, each in one transaction that also unmarks its cards (a rebuild cut
 * short leaves the rest marked; rebuilding a card twice gives the same result). Returns how many cards it rebuilt.
 */
export async function rebuildMarkedCards(db: KubecardsDb): Promise<number> {
  let rebuilt = 0;
  for (;;) {
    const cards = await db.transaction('rw', [db.reviewLog, db.schedule, db.dailyStats, db.settings], async () => {
      const keys = await takeMarked(db, CARDS_PER_TRANSACTION);
      if (keys.length > 0) await rebuildCards(db, keys);
      return keys.length;
    });
    if (cards === 0) return rebuilt;
    rebuilt += cards;
  }
}

/** Up to `most` marked cards, unmarked (inside the caller's transaction). */
async function takeMarked(db: KubecardsDb, most: number): Promise<string[]> {
  const keys = new Set<string>();
  for (const { key, value } of await db.settings.where('key').startsWith(WAITING).limit(50).toArray()) {
    const waiting = value as string[];
    const room = most - keys.size;
    if (room <= 0) break;
    for (const card of waiting.slice(0, room)) keys.add(card);
    if (waiting.length > room) await db.settings.put({ key, value: waiting.slice(room) });
    else await db.settings.delete(key);
  }
  return [...keys];
}

/**
 * Replays the merged log of these cards: each row's `before` and the daily totals follow (rows pulled since are counted
 * now, once), and each card this device has gets the replayed schedule.
 */
async function rebuildCards(db: KubecardsDb, keys: readonly string[]): Promise<void> {
  const schedulerOf = schedulersOf((await getSetting(db, 'schedulerParams')) ?? {});
  // One read per card (IndexedDB's getAll) is several times faster in Chromium than one cursor over them all (anyOf).
  const rows = (await Promise.all(keys.map((key) => db.reviewLog.where('cardKey').equals(key).toArray()))).flat();
  const replay = replayLog(rows.map(logEventOf), schedulerOf);
  const current = await db.schedule.bulkGet([...keys]);
  const versionOf = new Map(keys.map((key, i) => [key, (current[i]?.version ?? 0) + 1]));

  const changed: ReviewLogRecord[] = [];
  const counted: [ReviewLogRecord, 1 | -1][] = [];
  const undone = new Set(rows.flatMap((row) => (row.kind === 'undo' && row.target ? [row.target] : [])));
  const gone: number[] = [];
  for (const { unreplayed, ...row } of rows) {
    // Taken back (on whichever device): it leaves this device's log as a local undo leaves it; its undo stays.
    if (undone.has(row.gid as string)) {
      if (!unreplayed) counted.push([row, -1]);
      gone.push(row.id as number);
      continue;
    }
    const before = replay.before.get(row.gid as string) ?? row.before;
    if (!unreplayed && JSON.stringify(before) === JSON.stringify(row.before)) continue;
    if (!unreplayed) counted.push([row, -1]);
    const updated = { ...row, before, version: unreplayed ? (versionOf.get(row.cardKey) as number) : row.version };
    counted.push([updated, 1]);
    changed.push(updated);
  }
  await db.reviewLog.bulkPut(changed);
  await db.reviewLog.bulkDelete(gone);
  await countAnswers(db, counted);

  const schedules: ScheduleRecord[] = [];
  for (const [i, key] of keys.entries()) {
    const card = current[i];
    const replayed = replay.cards.get(key);
    // A card this device does not have (a deck not imported here) keeps its log for when it comes.
    if (!card || replayed === undefined) continue;
    schedules.push(replayedSchedule(card, replayed, versionOf.get(key) as number));
  }
  await db.schedule.bulkPut(schedules);
}
