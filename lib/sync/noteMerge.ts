import { newerOf } from './lww';

/**
 * One version of a synced note or deck: its content, or a tombstone, stamped with when and where it was written.
 * Tombstones are versions too, so "a deletion wins over older edits" is the same last-writer-wins as any edit.
 */
export interface ContentVersion<T> {
  at: number;
  by: string;
  deleted?: true;
  body?: T;
}

/** The two writes of one version compare equal by this (`<at>:<by>`): what a device's change was based on. */
export const stampOf = (version: { at: number; by: string }) => `${version.at}:${version.by}`;

export interface PushMerge<T> {
  /** What the server holds afterwards. */
  winner: ContentVersion<T>;
  /** The other of two concurrent edits, kept with the winner and shown to the learner (never for a tombstone). */
  conflict?: ContentVersion<T>;
}

const sameBody = <T>(a: ContentVersion<T>, b: ContentVersion<T>) => JSON.stringify(a.body) === JSON.stringify(b.body);

const asStamped = <T>(version: ContentVersion<T>) => ({ value: version, at: version.at, deviceId: version.by });

/**
 * This device pushes `ours`, made from the server's version `base` (its stamp; undefined: made with none seen), and
 * the server holds `theirs`. A change made from what the server holds replaces it. Two changes made concurrently (the
 * server moved on since `base`): the later by `(at, by)` wins on every device alike; when both are edits the loser is
 * kept as the conflict (unless both wrote the same), when one is a tombstone it wins only if it is the later (a newer
 * edit brings the note back).
 */
export function mergeForPush<T>(
  ours: ContentVersion<T>,
  theirs: ContentVersion<T> | undefined,
  base: string | undefined,
  conflict?: ContentVersion<T>,
): PushMerge<T> {
  // A conflict not picked yet stays, unless this edit wrote the other version's content by hand (that settles it too).
  if (!theirs || stampOf(theirs) === base)
    return conflict && !ours.deleted && !sameBody(ours, conflict) ? { winner: ours, conflict } : { winner: ours };
  const winner = newerOf(asStamped(ours), asStamped(theirs)).value;
  const loser = winner === ours ? theirs : ours;
  // The same content written twice (the same file imported on both devices) is no conflict.
  return winner.deleted || loser.deleted || sameBody(winner, loser) ? { winner } : { winner, conflict: loser };
}

/** Whether a pulled server version replaces this device's: not while a change made here waits to be pushed. */
export function takesPulled(
  local: { at: number; by?: string; pending: 0 | 1; conflict?: { at: number; by: string } } | undefined,
  pulled: { at: number; by: string; conflict?: { at: number; by: string } },
): boolean {
  if (!local) return true;
  if (local.pending === 1) return false;
  const same = (a?: { at: number; by?: string }, b?: { at: number; by?: string }) =>
    a === b || (a !== undefined && b !== undefined && a.at === b.at && a.by === b.by);
  return !same(local, pulled) || !same(local.conflict, pulled.conflict);
}
