import type { ReviewLogRecord } from './records';

// Apart from the log events (logEvents.ts): the screens that read a card's history load this, not the sync code.

const HISTORY_KINDS = new Set(['review', 'forget', 'reschedule']);

/** An entry of a card's history (an answer, forget or reschedule: what its memory state went through); marks and undos are not. */
export const inHistory = (row: ReviewLogRecord): row is ReviewLogRecord & { kind?: 'review' | 'forget' | 'reschedule' } =>
  HISTORY_KINDS.has(row.kind ?? 'review');
