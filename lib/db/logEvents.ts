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
    case 'suspend':
      return { ...base, kind: 'suspend' };
    case 'unsuspend':
      return { ...base, kind: 'unsuspend' };
    case 'flag':
      if (row.flag === undefined) throw new Error(`log row ${gid} does not say which flag it set`);
      return { ...base, kind: 'flag', flag: row.flag };
    case 'bury':
      if (row.until === undefined) throw new Error(`log row ${gid} does not say until when it buried`);
      return { ...base, kind: 'bury', until: row.until };
    case 'undo':
      if (row.target === undefined) throw new Error(`log row ${gid} does not say what it undoes`);
      return { ...base, kind: 'undo', target: row.target };
  }
  throw new Error(`log row ${gid} has an unknown kind ${row.kind}`);
}
