import { type KubecardsDb, NewerDatabaseError, openDb } from '../db';

let instance: KubecardsDb | null = null;
/**
 * `newer-version`: the stored database was already newer when this page opened it; `updated-elsewhere`: another tab
 * upgraded it while this page was open (this page's connection then stays closed: every write is refused).
 */
export type DatabaseProblem = 'newer-version' | 'updated-elsewhere';
let openProblem: DatabaseProblem | null = null;
const listeners = new Set<() => void>();

/** The one database connection of the page, opened on first use in the browser. */
export function getDb(): KubecardsDb {
  if (!instance) {
    instance = openDb();
    instance.on('versionchange', () => report('updated-elsewhere'));
    // A database written by a newer Kubecards (another tab already updated) is never read or wiped by this page:
    // the app asks the learner to reload onto the new version.
    instance.open().catch((error: unknown) => {
      if (error instanceof NewerDatabaseError) report('newer-version');
    });
  }
  return instance;
}

function report(problem: DatabaseProblem) {
  openProblem = problem;
  for (const listener of listeners) listener();
}

export const databaseProblem = () => openProblem;
export function subscribeDatabaseProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
