import type { ReviewLogRecord } from '../db';
import { inHistory } from '../db/logHistory';
import { spreadsheetRow } from './spreadsheetCsv';

/**
 * The review log in the FSRS optimizer's CSV format: card_id, review_time (epoch ms), review_rating (1–4),
 * review_state (state before the review: 0 new, 1 learning, 2 review, 3 relearning), review_duration (ms).
 * Card ids are numbered in order of first review, as the optimizer wants integers. Cells go through the spreadsheet
 * writer, so the file stays safe to open in a spreadsheet whatever a column holds.
 */
export function reviewLogCsv(log: readonly ReviewLogRecord[]): string {
  const ids = new Map<string, number>();
  const rows = log
    .filter(inHistory)
    .sort((a, b) => a.review - b.review)
    .map((r) => {
      if (!ids.has(r.cardKey)) ids.set(r.cardKey, ids.size + 1);
      return spreadsheetRow([ids.get(r.cardKey), r.review, r.rating, r.before.state, Math.max(0, Math.round(r.durationMs))]);
    });
  return `${['card_id,review_time,review_rating,review_state,review_duration', ...rows].join('\n')}\n`;
}
