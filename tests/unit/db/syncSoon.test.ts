import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type KubecardsDb, openDb, setSetting } from '../../../lib/db';
import { syncSoon } from '../../../lib/hooks/sync/syncSoon';
import { freshName } from './helpers';

// After an answer or an action, only a device with a sync account loads the engine to push it.
const engine = vi.hoisted(() => ({ loaded: 0, told: 0 }));
vi.mock('../../../lib/hooks/sync/agent', () => {
  engine.loaded++;
  return { answered: () => engine.told++ };
});

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

describe('syncing soon after a write', () => {
  it('leaves the engine unloaded without an account, and tells it with one', async () => {
    await syncSoon(db);
    await vi.dynamicImportSettled();
    expect(engine).toEqual({ loaded: 0, told: 0 });
    await setSetting(db, 'syncAccount', { server: '/couchdb', user: 'ada' });
    await syncSoon(db);
    await vi.dynamicImportSettled();
    expect(engine).toEqual({ loaded: 1, told: 1 });
  });
});
