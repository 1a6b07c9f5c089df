import { beforeEach, describe, expect, it, vi } from 'vitest';
import { markSyncSetUp, syncSetUp } from '../../lib/hooks/sync/syncFlag';
import { startSyncIfSetUp } from '../../lib/hooks/sync/syncStart';

// The engine is a separate chunk: a page loads it at start only on a device that set sync up.
const engine = vi.hoisted(() => ({ loaded: 0, started: 0 }));
vi.mock('../../lib/hooks/sync/agent', () => {
  engine.loaded++;
  return { startSyncAgent: () => engine.started++ };
});

beforeEach(() => {
  localStorage.clear();
  engine.started = 0;
});

describe('sync at the start of a page', () => {
  it('does not load the engine on a device without sync', async () => {
    startSyncIfSetUp();
    await vi.dynamicImportSettled();
    expect(engine).toEqual({ loaded: 0, started: 0 });
  });

  it('starts the engine on a device that set sync up, and stops once it is signed out', async () => {
    markSyncSetUp(true);
    expect(syncSetUp()).toBe(true);
    startSyncIfSetUp();
    await vi.dynamicImportSettled();
    expect(engine.started).toBe(1);
    markSyncSetUp(false);
    startSyncIfSetUp();
    await vi.dynamicImportSettled();
    expect(engine.started).toBe(1);
  });
});
