import type { KubecardsDb } from './schema';
import { getSetting } from './settings';

/**
 * Which copy of the learner's data is stored: a restore (any replacement of all of it) moves it on, in the same
 * transaction. An undo remembers the copy its answer or action was made in and is refused in another one: the log
 * row it would delete and the schedule it would rewind may be the restored ones.
 */
export const dataGeneration = async (db: KubecardsDb): Promise<number> => (await getSetting(db, 'dataGeneration')) ?? 0;

/** The data was replaced (a backup restored, maybe in another tab) since the thing to undo was done. */
export class DataReplacedError extends Error {
  override name = 'DataReplacedError';
  constructor() {
    super('the data was replaced since');
  }
}

/** Refuses, inside the caller's transaction (which must include `settings`), when the data is another copy now. */
export async function assertSameData(db: KubecardsDb, generation: number): Promise<void> {
  if ((await dataGeneration(db)) !== generation) throw new DataReplacedError();
}
