import { getSetting, type KubecardsDb } from '../../db';

/**
 * Log entries were written (answers, card actions, undos): on a device with a sync account the engine pushes them
 * soon; a device without one never loads it (an engine that cannot load now, offline before it was cached, is tried
 * again at the next write).
 */
export async function syncSoon(db: KubecardsDb): Promise<void> {
  if (!(await getSetting(db, 'syncAccount'))) return;
  import('./agent').then(
    (agent) => agent.answered(),
    () => undefined,
  );
}
