import { CardState } from '../model';
import { ZERO_TOTALS } from '../stats/aggregate';
import type { DailyStatsRecord, KubecardsDb, ReviewLogRecord } from './schema';

/** Interval (days) from which a card counts as mature, as in Anki. */
export const MATURE_DAYS = 21;

const empty = (deckId: string, day: string): DailyStatsRecord => ({ key: `${deckId}|${day}`, deckId, day, ...ZERO_TOTALS });

/** Adds one answer to (sign 1) or takes it from (sign -1, undo) its day's totals. Call inside the answer's transaction. */
export async function countAnswer(db: KubecardsDb, log: ReviewLogRecord, sign: 1 | -1): Promise<void> {
  if (!log.day || (log.kind ?? 'review') !== 'review') return;
  const key = `${log.deckId}|${log.day}`;
  const row = (await db.dailyStats.get(key)) ?? empty(log.deckId, log.day);
  const buttons = [...row.buttons] as DailyStatsRecord['buttons'];
  buttons[log.rating - 1] += sign;
  const review = log.before.state === CardState.Review;
  const mature = review && log.before.scheduledDays >= MATURE_DAYS;
  const pass = log.rating > 1 ? sign : 0;
  await db.dailyStats.put({
    ...row,
    reviews: row.reviews + sign,
    learned: row.learned + (log.before.state === CardState.New ? sign : 0),
    timeMs: row.timeMs + sign * log.durationMs,
    buttons,
    youngPass: row.youngPass + (review && !mature ? pass : 0),
    youngTotal: row.youngTotal + (review && !mature ? sign : 0),
    maturePass: row.maturePass + (mature ? pass : 0),
    matureTotal: row.matureTotal + (mature ? sign : 0),
  });
}
