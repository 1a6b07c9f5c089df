import { CardState } from '../model';
import { sumDays, ZERO_TOTALS } from '../stats/aggregate';
import { isAnswer } from './records';
import type { DailyStatsRecord, KubecardsDb, ReviewLogRecord } from './schema';

/** Interval (days) from which a card counts as mature, as in Anki. */
export const MATURE_DAYS = 21;

const empty = (deckId: string, day: string): DailyStatsRecord => ({ key: `${deckId}|${day}`, deckId, day, ...ZERO_TOTALS });

/** Adds one answer to (sign 1) or takes it from (sign -1, undo) its day's totals. Call inside the answer's transaction. */
export async function countAnswer(db: KubecardsDb, log: ReviewLogRecord, sign: 1 | -1): Promise<void> {
  if (!counts(log)) return;
  const key = `${log.deckId}|${log.day}`;
  await db.dailyStats.put(withAnswer((await db.dailyStats.get(key)) ?? empty(log.deckId, log.day as string), log, sign));
}

/** `countAnswer` for many answers at once: one read and one write of each day's totals. Call inside a transaction. */
export async function countAnswers(db: KubecardsDb, changes: readonly (readonly [ReviewLogRecord, 1 | -1])[]): Promise<void> {
  const days = new Map<string, ReviewLogRecord>();
  for (const [log] of changes) if (counts(log)) days.set(`${log.deckId}|${log.day}`, log);
  const keys = [...days.keys()];
  const stored = await db.dailyStats.bulkGet(keys);
  const totals = new Map(keys.map((key, i) => [key, stored[i] ?? empty(days.get(key)?.deckId as string, days.get(key)?.day as string)]));
  for (const [log, sign] of changes) {
    const key = `${log.deckId}|${log.day}`;
    const row = totals.get(key);
    if (row && counts(log)) totals.set(key, withAnswer(row, log, sign));
  }
  await db.dailyStats.bulkPut([...totals.values()]);
}

/** Daily totals built up one answer at a time (a restore reads its log as a stream). */
export class DailyTotals {
  private readonly rows = new Map<string, DailyStatsRecord>();
  add(answer: ReviewLogRecord): void {
    if (!counts(answer)) return;
    const key = `${answer.deckId}|${answer.day}`;
    this.rows.set(key, withAnswer(this.rows.get(key) ?? empty(answer.deckId, answer.day as string), answer, 1));
  }
  records(): DailyStatsRecord[] {
    return [...this.rows.values()];
  }
}

/** The daily totals of a whole log, as answering each of its rows would have left them. */
export function dailyStatsOf(log: readonly ReviewLogRecord[]): DailyStatsRecord[] {
  const totals = new DailyTotals();
  for (const answer of log) totals.add(answer);
  return totals.records();
}

/** Adds these answers (an imported history) to the daily totals already stored. Call inside the writing transaction. */
export async function addToDailyStats(db: KubecardsDb, log: readonly ReviewLogRecord[]): Promise<void> {
  const fresh = dailyStatsOf(log);
  const stored = await db.dailyStats.bulkGet(fresh.map((row) => row.key));
  await db.dailyStats.bulkPut(fresh.map((row, i) => ({ ...row, ...sumDays([row, ...(stored[i] ? [stored[i]] : [])]) })));
}

/** Manual changes (forget, reschedule) are in the log but are not answers. */
const counts = (log: ReviewLogRecord) => Boolean(log.day) && isAnswer(log);

function withAnswer(row: DailyStatsRecord, log: ReviewLogRecord, sign: 1 | -1): DailyStatsRecord {
  const buttons = [...row.buttons] as DailyStatsRecord['buttons'];
  buttons[log.rating - 1] += sign;
  const review = log.before.state === CardState.Review;
  const mature = review && log.before.scheduledDays >= MATURE_DAYS;
  const pass = log.rating > 1 ? sign : 0;
  return {
    ...row,
    reviews: row.reviews + sign,
    learned: row.learned + (log.before.state === CardState.New ? sign : 0),
    timeMs: row.timeMs + sign * log.durationMs,
    buttons,
    youngPass: row.youngPass + (review && !mature ? pass : 0),
    youngTotal: row.youngTotal + (review && !mature ? sign : 0),
    maturePass: row.maturePass + (mature ? pass : 0),
    matureTotal: row.matureTotal + (mature ? sign : 0),
  };
}
