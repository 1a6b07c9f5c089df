// A deck or note deleted (its tombstone synced) and then imported or made again with the same id is live again, but
// its answers from before the deletion stay gone on every device: its versions carry `cleared`, the moment of its last
// deletion, and log entries of it up to then are dropped wherever they arrive (lib/sync/README.md).

/** The later of two clearing moments, either possibly unknown. */
export const laterClear = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** Up to when a version's answers are gone: a tombstone's own moment, or the last deletion a live version carries. */
export const clearedOf = (version: { at: number; deleted?: true | 1; cleared?: number }): number | undefined =>
  laterClear(version.cleared, version.deleted ? version.at : undefined);
