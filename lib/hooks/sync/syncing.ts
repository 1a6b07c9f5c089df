// Whether a sync round is under way: a tiny module, so the Settings screen can show it without loading the engine.
let syncing = false;
const listeners = new Set<() => void>();

export const isSyncing = () => syncing;
export function setSyncing(value: boolean): void {
  syncing = value;
  for (const listener of listeners) listener();
}
export function subscribeSyncing(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
