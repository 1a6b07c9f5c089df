import { expect, it, vi } from 'vitest';
import { loadScheduler } from '../../../lib/hooks/studySettings';
import { newMemoryState } from '../../../lib/model';

const network = vi.hoisted(() => ({ down: true }));
// The lazily loaded scheduler chunk as the network serves it: while it is down, loading it fails.
vi.mock('../../../lib/srs/scheduler', async (original) => {
  const real = await original<typeof import('../../../lib/srs/scheduler')>();
  return {
    ...real,
    createScheduler: (...args: Parameters<typeof real.createScheduler>) => {
      if (network.down) throw new TypeError('Failed to fetch dynamically imported module');
      return real.createScheduler(...args);
    },
  };
});

// Issue 18.2: a failed load of the scheduler was cached, so grading stayed broken after the network came back.
it('a scheduler that failed to load is loaded again on the next call', async () => {
  await expect(loadScheduler()).rejects.toThrow('Failed to fetch');
  network.down = false;
  const scheduler = await loadScheduler();
  expect(Object.keys(scheduler.preview(newMemoryState(0), 0))).toEqual(['1', '2', '3', '4']);
});
