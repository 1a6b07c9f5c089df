import type { RestoreError } from '../backupReader';

/** What the page asks: restore this file, or stop (the restore then writes nothing). */
export type RestoreRequest = { file: Blob } | { cancel: true };

/** What the worker tells the page: how far it is, then the outcome (all of the backup written, or none). */
export type RestoreMessage =
  | { progress: { done: number; total: number } }
  | { restored: number }
  | { cancelled: true }
  | { error: RestoreError };
