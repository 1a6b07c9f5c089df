import { syncSetUp } from './syncFlag';

/** Starts the engine with the page on a device that set sync up (an engine that cannot load now is tried later). */
export function startSyncIfSetUp(): void {
  if (!syncSetUp()) return;
  import('./agent').then(
    (agent) => agent.startSyncAgent(),
    () => undefined,
  );
}
