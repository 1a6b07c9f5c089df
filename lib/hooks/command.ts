import { type KubecardsDb, writeFailureOf } from '../db';
import type { WriteFailure } from '../model';
import { getDb } from './db';

/** How a write ended: its value, or why nothing of it was kept (in the terms the learner's message needs). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: WriteFailure };

/** Runs one write against the page's database; every failure is mapped here, in one place, never thrown at a screen. */
export async function attempt<T>(write: (db: KubecardsDb) => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await write(getDb()) };
  } catch (error) {
    return { ok: false, failure: writeFailureOf(error) };
  }
}
