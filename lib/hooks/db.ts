import { type KubecardsDb, openDb } from '../db';

let instance: KubecardsDb | null = null;

/** The one database connection of the page, opened on first use in the browser. */
export function getDb(): KubecardsDb {
  instance ??= openDb();
  return instance;
}
