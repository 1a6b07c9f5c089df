/** What settings shows about storage: whether the browser may evict it, and how much is used. */
export interface StorageStatus {
  supported: boolean;
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return { supported: false, persisted: false, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate?.() ?? Promise.resolve({} as StorageEstimate)]);
  return { supported: true, persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
}

let asked = false;

/**
 * Asks once per page for persistent storage (browsers evict IndexedDB of sites that are not installed, Safari after
 * 7 days without a visit). Called after the first answers, when the learner has something to lose.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  if (asked) return false;
  asked = true;
  return storage.persist();
}
