// A deletion of notes undone after its tombstone left the device is taken back on every device: the versions made
// since name its moment (`undeleted`), and a clearing moment that is one of those no longer drops anything.

/** The deletions two versions take back, together (each moment once, in order); undefined when none. */
export function undeletedOf(a: readonly number[] | undefined, b: readonly number[] | undefined): number[] | undefined {
  const moments = [...new Set([...(a ?? []), ...(b ?? [])])].sort((x, y) => x - y);
  return moments.length === 0 ? undefined : moments;
}

/** A clearing moment, unless it is a deletion taken back since. */
export const standing = (cleared: number | undefined, undeleted: readonly number[] | undefined): number | undefined =>
  cleared !== undefined && undeleted?.includes(cleared) ? undefined : cleared;
