import { cardKey, type LogEvent, newMemoryState } from '../model';
import type { SchedulerSettings } from '../srs';
import { type ReplayedCard, replayLog, replayOrder } from '../sync';
import { countAnswers } from './dailyStats';
import { dataGeneration } from './dataGeneration';
import { logEventOf } from './logEvents';
import { lastLogId } from './logWrites';
import type { NoteOrder } from './noteWriter';
import type { KubecardsDb, ReviewLogRecord, ScheduleRecord } from './schema';
import { getSetting } from './settings';
import type { SyncedEntry } from './syncDocs';
import { markForRebuild, replayedSchedule, schedulersOf, waitingForRebuild } from './syncRebuild';

// Pulled entries usually come in the order they were made (a device's documents in the order it pushed them): each
// card's new entries then follow every entry this device has of it, and its replay goes on from where it stands (each
// row written once, with its `before`, counted once). Where that cannot be known (entries out of order, or a card
// still waiting from a pull cut short), the card is marked and rebuilt once after the pull (syncRebuild.ts).

/** Where a card's replay stands: its state after its last entry, and that entry (for the order of the next). */
interface Tip {
  card: ReplayedCard | null;
  last: LogEvent | null;
}

/** What one sync round's pull knows between its batches; dropped when another writer added log rows in between. */
export class PullTips {
  readonly tips = new Map<string, Tip>();
  waiting = new Set<string>();
  lastId: number | undefined;
  /**
   * The log holds no row of a card without a tip: it was empty when the pull began and only the pull wrote to it (a
   * fresh device), so a card's first entries need no read of its log (80k reads, each empty, for 100k pulled cards).
   */
  noRowsUntipped = false;
  /** No imported card was here when the pull began (see `NotePlacing.noCardsBefore`). */
  noImportedCards = false;
  /** The place in note order the next pulled card takes. */
  order: NoteOrder | null = null;
  /** The copy of the data the pull knows (`dataGeneration`: a restore replaces it); none before the first batch. */
  private generation: number | null = null;

  /**
   * At the start of each batch's transaction: what the pull knew holds unless another writer added log rows since, and
   * nothing of it once a restore replaced the data.
   */
  async begin(db: KubecardsDb): Promise<void> {
    const [lastId, generation] = [await lastLogId(db), await dataGeneration(db)];
    if (generation !== this.generation) {
      this.generation = generation;
      this.tips.clear();
      this.order = null;
      this.waiting = await waitingForRebuild(db);
      this.noRowsUntipped = lastId === undefined;
      this.noImportedCards = (await db.cards.where('key').startsWith(cardKey('import', '')).limit(1).primaryKeys()).length === 0;
    } else if (lastId !== this.lastId) {
      this.tips.clear();
      this.noRowsUntipped = false;
    }
    this.lastId = lastId;
  }

  /** Cards whose log lost rows here (answers cleared with a deletion made before): their tips are stale. */
  forget(keys: readonly string[]): void {
    for (const key of keys) this.tips.delete(key);
    if (keys.length > 0) this.noRowsUntipped = false;
  }

  /** A card a pulled note brings, as new: the schedule its answers pulled before it give, so it is written once. */
  placedSchedule = (schedule: ScheduleRecord): ScheduleRecord => {
    const tip = this.waiting.has(schedule.key) ? undefined : this.tips.get(schedule.key);
    return tip?.card ? replayedSchedule(schedule, tip.card, schedule.version + 1) : schedule;
  };
}

/**
 * Adds entries new to this device (call in the pulled batch's transaction, with the schedule, daily totals, log and
 * settings in it, after `pull.begin`), replayed on from each card's tip, or marked for the rebuild.
 */
export async function addPulledEntries(
  db: KubecardsDb,
  fresh: readonly SyncedEntry[],
  known: Record<string, SchedulerSettings>,
  pull: PullTips,
): Promise<void> {
  const waiting = pull.waiting;
  const schedulerOf = schedulersOf(known);
  const byCard = new Map<string, LogEvent[]>();
  for (const entry of fresh) {
    const event = logEventOf({ ...entry, before: newMemoryState(entry.review), version: 0 });
    const events = byCard.get(entry.cardKey);
    if (events) events.push(event);
    else byCard.set(entry.cardKey, [event]);
  }
  await loadTips(
    db,
    [...byCard.keys()].filter((key) => !waiting.has(key) && !pull.tips.has(key)),
    pull,
    schedulerOf,
  );
  const inOrder = new Map<string, ReplayedCard>();
  const onward: LogEvent[] = [];
  for (const [key, events] of byCard) {
    const tip = pull.tips.get(key);
    const last = tip?.last;
    const follows = tip && !waiting.has(key) && events.every((event) => event.kind !== 'undo' && (!last || replayOrder(last, event) < 0));
    if (!follows) {
      waiting.add(key);
      pull.tips.delete(key);
      continue;
    }
    if (tip.card) inOrder.set(key, tip.card);
    onward.push(...events);
  }
  const replay = replayLog(onward, schedulerOf, inOrder);
  const keys = [...byCard.keys()].filter((key) => !waiting.has(key));
  const current = await db.schedule.bulkGet(keys);
  const versionOf = new Map(keys.map((key, i) => [key, (current[i]?.version ?? 0) + 1]));

  const rows: ReviewLogRecord[] = fresh.map((entry) =>
    waiting.has(entry.cardKey)
      ? { ...entry, before: newMemoryState(entry.review), version: 0, unreplayed: 1 }
      : {
          ...entry,
          before: replay.before.get(entry.gid) ?? newMemoryState(entry.review),
          version: versionOf.get(entry.cardKey) as number,
        },
  );
  await db.reviewLog.bulkAdd(rows);
  await countAnswers(
    db,
    rows.filter((row) => !row.unreplayed).map((row) => [row, 1] as const),
  );
  const marked = [...byCard.keys()].filter((key) => waiting.has(key));
  if (marked.length > 0) await markForRebuild(db, marked);

  for (const [i, key] of keys.entries()) {
    const events = byCard.get(key) as LogEvent[];
    pull.tips.set(key, { card: replay.cards.get(key) ?? null, last: events.reduce((a, b) => (replayOrder(a, b) < 0 ? b : a)) });
    const card = current[i];
    if (card) current[i] = replayedSchedule(card, replay.cards.get(key) ?? null, versionOf.get(key) as number);
  }
  await db.schedule.bulkPut(current.flatMap((card) => (card ? [card] : [])));
  pull.lastId = await lastLogId(db);
}

/**
 * Cards a pulled note brought that had no tip when placed: the schedule their log here gives (answers held from an
 * earlier round), or a rebuild after the pull (rows waiting for one). The others got theirs when placed
 * (`placedSchedule`) or from this batch's answers. Call in the batch's transaction, after its entries.
 */
export async function placePulledCards(db: KubecardsDb, keys: readonly string[], pull: PullTips): Promise<void> {
  const untipped = keys.filter((key) => !pull.waiting.has(key) && !pull.tips.has(key));
  if (untipped.length === 0) return;
  await loadTips(db, untipped, pull, schedulersOf((await getSetting(db, 'schedulerParams')) ?? {}));
  const current = await db.schedule.bulkGet(untipped);
  const placed: ScheduleRecord[] = [];
  const unknown: string[] = [];
  for (const [i, key] of untipped.entries()) {
    const card = current[i];
    const tip = pull.tips.get(key);
    if (!card) continue;
    if (!tip) unknown.push(key);
    else if (tip.card) placed.push(replayedSchedule(card, tip.card, card.version + 1));
  }
  await db.schedule.bulkPut(placed);
  if (unknown.length > 0) {
    for (const key of unknown) pull.waiting.add(key);
    await markForRebuild(db, unknown);
  }
}

/** Each card's tip from the log this device has of it (a card with rows still waiting for a rebuild has none). */
async function loadTips(db: KubecardsDb, keys: readonly string[], pull: PullTips, schedulerOf: ReturnType<typeof schedulersOf>) {
  if (pull.noRowsUntipped) {
    for (const key of keys) pull.tips.set(key, { card: null, last: null });
    return;
  }
  const held = await Promise.all(keys.map((key) => db.reviewLog.where('cardKey').equals(key).toArray()));
  for (const [i, key] of keys.entries()) {
    const rows = held[i] as ReviewLogRecord[];
    if (rows.some((row) => row.unreplayed)) continue;
    if (rows.length === 0) {
      pull.tips.set(key, { card: null, last: null });
      continue;
    }
    const events = rows.map(logEventOf);
    const card = replayLog(events, schedulerOf).cards.get(key) ?? null;
    pull.tips.set(key, { card, last: events.reduce((a, b) => (replayOrder(a, b) < 0 ? b : a)) });
  }
}
