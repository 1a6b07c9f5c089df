import type { LogEvent } from '../model';
import type { ReviewLogRecord } from './records';

/** A stored log row as the event every device replays (lib/sync/README.md); it names the row it cannot read. */
export function logEventOf(row: ReviewLogRecord): LogEvent {
  if (row.gid === undefined) throw new Error(`log row ${row.id} of ${row.cardKey} has no global id`);
  const { gid, cardKey, review: at } = row;
  const base = { gid, cardKey, at, ...(row.settled ? { settled: row.settled } : {}) };
  switch (row.kind ?? 'review') {
    case 'review':
      if (row.params === undefined) throw new Error(`log row ${gid} has no scheduler settings`);
      return { ...base, kind: 'review', rating: row.rating, params: row.params, ...(row.leech ? { leech: row.leech } : {}) };
    case 'forget':
      return { ...base, kind: 'forget' };
    case 'reschedule':
      if (row.rescheduled === undefined) throw new Error(`log row ${gid} does not say what it rescheduled to`);
      return { ...base, kind: 'reschedule', ...row.rescheduled };
  }
  throw new Error(`log row ${gid} has an unknown kind ${row.kind}`);
}
