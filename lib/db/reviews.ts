import { CardState, memoryStateOf, type Rating } from '../model';
import type { Scheduler } from '../srs';
import { actionLogRow } from './cardActions';
import { countAnswer } from './dailyStats';
import { assertSameData } from './dataGeneration';
import { takeBackLogRow } from './logTakeBack';
import { addLogRows, recordParams } from './logWrites';
import { type KubecardsDb, queueOf, type ReviewLogRecord, type ScheduleRecord } from './schema';
import { StaleReviewError } from './staleReview';

export interface Answer {
  cardKey: string;
  /** The schedule version the screen showed; the answer is refused if storage has moved on. */
  shownVersion: number;
  rating: Rating;
  now: number;
  durationMs: number;
  /** The study day of `now` (`YYYY-MM-DD`), for the daily statistics. */
  day?: string;
  /** Bury the card's new and review siblings until this moment (the next study day), as Anki does. */
  burySiblingsUntil?: number;
}

/** What happens to a card that lapses too often (Anki's leech). */
export interface LeechPolicy {
  threshold: number;
  action: 'tag' | 'suspend';
}
export const DEFAULT_LEECH: LeechPolicy = { threshold: 8, action: 'suspend' };

/** Grades one card: reads its state, checks it is the one shown, writes the new state and the log row — one transaction. */
export async function answerCard(
  db: KubecardsDb,
  scheduler: Scheduler,
  answer: Answer,
  leech: LeechPolicy = DEFAULT_LEECH,
): Promise<ReviewLogRecord> {
  return db.transaction('rw', [db.schedule, db.reviewLog, db.dailyStats, db.settings], async () => {
    const current = await db.schedule.get(answer.cardKey);
    if (!current || current.version !== answer.shownVersion || current.active !== 1) throw new StaleReviewError(answer.cardKey);
    const next = scheduler.grade(current, answer.now, answer.rating);
    // A lapse that reaches the threshold marks a leech (and suspends it, unless the learner only wants the mark).
    const becameLeech = next.lapses >= leech.threshold && next.lapses > current.lapses && current.leech !== 1;
    const leechMarks = becameLeech ? { leech: 1 as const, ...(leech.action === 'suspend' ? { suspended: 1 as const } : {}) } : {};
    const version = current.version + 1;
    const log: ReviewLogRecord = {
      cardKey: current.key,
      deckId: current.deckId,
      noteId: current.noteId,
      rating: answer.rating,
      review: answer.now,
      durationMs: answer.durationMs,
      before: memoryStateOf(current),
      version,
      ...(answer.day ? { day: answer.day } : {}),
      params: await recordParams(db, scheduler.settings),
      ...(becameLeech ? { leech: leech.action } : {}),
    };
    await db.schedule.put({ ...current, ...next, ...leechMarks, version });
    const until = answer.burySiblingsUntil;
    const siblings = until ? await db.schedule.where('[deckId+noteId]').equals([current.deckId, current.noteId]).toArray() : [];
    const bury = siblings.filter((s) => s.key !== current.key && (s.queue === CardState.New || s.queue === CardState.Review));
    if (bury.length > 0) log.buried = bury.map((s) => s.key);
    const [stored] = (await addLogRows(db, [log])) as [ReviewLogRecord];
    if (until && bury.length > 0) await burySiblings(db, bury, until, stored);
    await countAnswer(db, log, 1);
    return stored;
  });
}

/**
 * Buries an answer's siblings until `until`, each with a `bury` log entry of its own: every device replays it, so the
 * siblings are set aside there too until the same moment (lib/sync/README.md). Inside the answer's transaction.
 */
async function burySiblings(db: KubecardsDb, siblings: readonly ScheduleRecord[], until: number, answer: ReviewLogRecord) {
  const buried = siblings.map((s) => ({ ...s, buriedUntil: until, version: s.version + 1 }));
  await db.schedule.bulkPut(buried);
  await addLogRows(
    db,
    buried.map((after, i) => ({
      ...actionLogRow(siblings[i] as ScheduleRecord, after, { type: 'bury', until }, answer.review),
      buriedBy: answer.gid,
    })),
  );
}

/**
 * Takes back one answer at `now`: restores the state before it and takes its log row back (an answer already pushed
 * gets an `undo` entry that syncs), if nothing changed the card since and the data is the copy (`generation`) the
 * answer was made in.
 */
export async function undoAnswer(db: KubecardsDb, logId: number, generation: number, now: number): Promise<ScheduleRecord> {
  return db.transaction('rw', [db.schedule, db.reviewLog, db.dailyStats, db.settings], async () => {
    await assertSameData(db, generation);
    const log = await db.reviewLog.get(logId);
    const current = log && (await db.schedule.get(log.cardKey));
    if (!log || !current || current.version !== log.version) throw new StaleReviewError(log?.cardKey ?? String(logId));
    // A leech mark made by this answer goes with it.
    const leech = log.before.lapses < current.lapses && current.leech === 1 ? { leech: 0 as const, suspended: 0 as const } : {};
    const base: ScheduleRecord = { ...current, ...log.before, ...leech, version: current.version + 1 };
    const restored: ScheduleRecord = { ...base, queue: queueOf(base) };
    await db.schedule.put(restored);
    const buried = (await db.schedule.bulkGet(log.buried ?? [])).filter((s): s is ScheduleRecord => s !== undefined);
    await db.schedule.bulkPut(buried.map((s) => ({ ...s, buriedUntil: 0, version: s.version + 1 })));
    // The siblings' bury entries go with the answer (an answer logged before they existed has none).
    const buries = await db.reviewLog
      .where('cardKey')
      .anyOf(log.buried ?? [])
      .filter((row) => log.gid !== undefined && row.buriedBy === log.gid)
      .toArray();
    for (const row of [log, ...buries]) await takeBackLogRow(db, row, now);
    await countAnswer(db, log, -1);
    return restored;
  });
}
