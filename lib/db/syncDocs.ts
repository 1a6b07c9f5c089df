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

/** This device's new rows as log documents: one per UTC day of answers, named by its first row (never reused). */
export function logDocsOf(rows: readonly ReviewLogRecord[], device: string, known: Record<string, SchedulerSettings>): LogDoc[] {
  const byDay = new Map<string, ReviewLogRecord[]>();
  for (const row of rows) {
    const day = new Date(row.review).toISOString().slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), row]);
  }
  return [...byDay].map(([day, dayRows]) => {
    const params = Object.fromEntries(
      [...new Set(dayRows.flatMap((row) => (row.params ? [row.params] : [])))].flatMap((id) => (known[id] ? [[id, known[id]]] : [])),
    );
    return { _id: `log:${device}:${day}:${dayRows[0]?.id}`, type: 'log', device, entries: dayRows.map(entryOf), params };
  });
}

/** A synced setting's document; a setting never written here counts as written at time 0. */
export const settingDocOf = (row: SettingRecord, device: string): SettingDoc => ({
  _id: `setting:${row.key}`,
  type: 'setting',
  key: row.key,
  value: row.value,
  at: row.at ?? 0,
  by: row.by ?? device,
});
