/** A value as last written on some device: last-writer-wins by time, the device id breaking ties. */
export interface Stamped<T> {
  value: T;
  /** Epoch ms of the write. */
  at: number;
  deviceId: string;
}

/**
 * The winner of two writes of one value: the later; at the same time, the greater device id; from the same device at
 * the same time, the greater JSON text. Order-free: `newerOf(a, b)` and `newerOf(b, a)` are the same write.
 */
export function newerOf<T>(a: Stamped<T>, b: Stamped<T>): Stamped<T> {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if (a.deviceId !== b.deviceId) return a.deviceId > b.deviceId ? a : b;
  return JSON.stringify(a.value) >= JSON.stringify(b.value) ? a : b;
}

/** Merges two sets of stamped values key by key (each key on its own, as settings are). */
export function mergeStamped<T>(
  local: Readonly<Record<string, Stamped<T>>>,
  remote: Readonly<Record<string, Stamped<T>>>,
): Record<string, Stamped<T>> {
  const merged: Record<string, Stamped<T>> = { ...local };
  for (const [key, theirs] of Object.entries(remote)) {
    const ours = merged[key];
    merged[key] = ours ? newerOf(ours, theirs) : theirs;
  }
  return merged;
}
