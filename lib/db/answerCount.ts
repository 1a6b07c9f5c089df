import type { KubecardsDb } from './records';

// Apart from dailyStats.ts: the settings screen's optimizer reads this, not the statistics code (+1.2 KB gzip there).

/**
 * How many answers the log holds, from the daily totals (which count answers only, not the card actions the log also
 * holds): a few rows per study day, where counting the answers in the log would read every row of it.
 */
export async function answerCount(db: KubecardsDb): Promise<number> {
  let answers = 0;
  await db.dailyStats.each((row) => {
    answers += row.reviews;
  });
  return answers;
}
