import type { SchedulerSettings } from '../srs';
import type { ReviewLogRecord, SettingRecord } from './records';
import type { ContentDoc } from './syncContentDocs';

// The documents of a learner's CouchDB database (lib/sync/README.md), and how log rows and settings become them.

/** A log row as every device shares it: what is local to one device (its row id, the state before, the version) stays. */
export type SyncedEntry = Omit<ReviewLogRecord, 'id' | 'before' | 'version'> & { gid: string };

/** One immutable batch of one device's log entries of one UTC day. */
export interface LogDoc {
  _id: string;
  _rev?: string;
  type: 'log';
  device: string;
  entries: SyncedEntry[];
  /** The scheduler settings its entries name. */
  params: Record<string, SchedulerSettings>;
  /**
   * Answers sent again by the device that undid their notes' deletion at this moment (lib/sync/README.md): kept where
   * that deletion is still all a device knows of those notes (their version taking it back may come in a later batch).
   */
  undeletes?: number;
}

/** One setting, last writer wins by `(at, by)`. */
export interface SettingDoc {
  _id: string;
  _rev?: string;
  type: 'setting';
  key: string;
  value: unknown;
  at: number;
  by: string;
}

/** Every document of the learner's database (imported content's are in syncContentDocs.ts). */
export type SyncDoc = LogDoc | SettingDoc | ContentDoc;

/** The settings that follow the learner from device to device (the rest belongs to one device). */
export const SYNCED_SETTINGS = ['study'] as const;

const entryOf = ({ id: _id, before: _before, version: _version, ...entry }: ReviewLogRecord): SyncedEntry => entry as SyncedEntry;

/** Entries per log document at most: a heavy learner's day (or a first push of years of history) is several. */
export const LOG_DOC_ENTRIES = 500;

/**
 * This device's new rows as log documents: per UTC day of answers, up to `LOG_DOC_ENTRIES` each, named by the local
 * ids of their first and last row. A document's id thus says which rows it holds: a push cut after the server stored
 * one, then made again with answers added since, names those in a new document instead of finding "already there".
 * `suffix` names rows sent again (they were pushed before under the same local ids).
 */
export function logDocsOf(
  rows: readonly ReviewLogRecord[],
  device: string,
  known: Record<string, SchedulerSettings>,
  suffix = '',
): LogDoc[] {
  const byDay = new Map<string, ReviewLogRecord[]>();
  for (const row of rows) {
    const day = new Date(row.review).toISOString().slice(0, 10);
    const dayRows = byDay.get(day);
    if (dayRows) dayRows.push(row);
    else byDay.set(day, [row]);
  }
  // Days in order, whatever the order of the rows (an imported history is written card by card): a device pulling
  // the documents then finds each card's entries in the order they were made, and replays them on (no rebuild).
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([day, dayRows]) => {
      const docs: LogDoc[] = [];
      for (let start = 0; start < dayRows.length; start += LOG_DOC_ENTRIES) {
        const part = dayRows.slice(start, start + LOG_DOC_ENTRIES);
        const params = paramsOf(part, known);
        const id = `log:${device}:${day}:${part[0]?.id}-${part.at(-1)?.id}${suffix}`;
        docs.push({ _id: id, type: 'log', device, entries: part.map(entryOf), params });
      }
      return docs;
    });
}

/** The scheduler settings these entries name, of those known here. */
export const paramsOf = (entries: readonly { params?: string }[], known: Record<string, SchedulerSettings>) =>
  Object.fromEntries(
    [...new Set(entries.flatMap((entry) => (entry.params ? [entry.params] : [])))].flatMap((id) => (known[id] ? [[id, known[id]]] : [])),
  );

/** A synced setting's document; a setting never written here counts as written at time 0. */
export const settingDocOf = (row: SettingRecord, device: string): SettingDoc => ({
  _id: `setting:${row.key}`,
  type: 'setting',
  key: row.key,
  value: row.value,
  at: row.at ?? 0,
  by: row.by ?? device,
});

/**
 * `_bulk_docs` answers 201 and says per document what it refused: a log document already there (a push cut before it
 * was recorded) is fine; any other refusal fails the round with the status it has on its own (401: the session ended).
 */
export function refused(results: readonly { id: string; error?: string; reason?: string }[]) {
  const refusal = results.find((result) => result.error && result.error !== 'conflict');
  if (!refusal) return;
  const status = refusal.error === 'unauthorized' ? 401 : refusal.error === 'forbidden' ? 403 : 500;
  throw Object.assign(new Error(`${refusal.id}: ${refusal.reason ?? refusal.error}`), { status });
}
