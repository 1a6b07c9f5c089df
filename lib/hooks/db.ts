import { type KubecardsDb, NewerDatabaseError, openDb } from '../db';

let instance: KubecardsDb | null = null;
let openProblem: 'newer-version' | null = null;
const listeners = new Set<() => void>();

/** The one database connection of the page, opened on first use in the browser. */
export function getDb(): KubecardsDb {
  if (!instance) {
    instance = openDb();
    // A database written by a newer Kubecards (another tab already updated) is never read or wiped by this page:
    // the app asks the learner to reload onto the new version.
    instance.open().catch((error: unknown) => {
      if (error instanceof NewerDatabaseError) {
        openProblem = 'newer-version';
        for (const listener of listeners) listener();
      }
    });
  }
  return instance;
}

export const databaseProblem = () => openProblem;
export function subscribeDatabaseProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
