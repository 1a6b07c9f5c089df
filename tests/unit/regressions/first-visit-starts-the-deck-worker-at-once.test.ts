import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// The page's check of the stored deck, answered when the test says (on a fresh profile it waits for the database to be
// created: ~450 ms on a busy phone-like CPU).
const check = vi.hoisted(() => ({ answer: (_current: boolean) => {} }));
vi.mock('../../../lib/db', () => ({
  builtinDeckIsCurrent: () =>
    new Promise<boolean>((resolve) => {
      check.answer = resolve;
    }),
  bringBuiltinDeckUpToDate: vi.fn(),
  isStorageFull: () => false,
}));
vi.mock('../../../lib/hooks/db', () => ({ getDb: () => ({}) }));

/** A sync worker that answers every step at once, what the page posted to it and whether it was ended. */
function fakeWorker() {
  const seen = { posted: [] as unknown[], terminated: 0 };
  class FakeWorker {
    onmessage: ((event: { data: { ok: boolean } }) => void) | null = null;
    onerror: (() => void) | null = null;
    postMessage(message: unknown) {
      seen.posted.push(message);
      queueMicrotask(() => this.onmessage?.({ data: { ok: true } }));
    }
    terminate() {
      seen.terminated++;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return seen;
}

beforeEach(() => {
  vi.resetModules(); // each test is a new page load
  vi.stubGlobal('navigator', { serviceWorker: { controller: null } }); // no service worker yet: a first visit
});
afterEach(() => vi.unstubAllGlobals());

// Issue 17 §3: a first visit's first cards waited for the page's database check, then the update's code, then the sync
// worker, each starting only once the one before had finished.
it('a first visit starts the sync worker on its first cards before the database check has answered', async () => {
  const worker = fakeWorker();
  const { ensureDeckCurrent } = await import('../../../lib/hooks/useDeckSync');

  const done = ensureDeckCurrent();
  await vi.waitFor(() => expect(worker.posted).toEqual(['first']));
  check.answer(false);
  await done;
  expect(worker.posted).toEqual(['first', 'rest']);
});

it('the early worker is ended without the rest when the stored deck turns out current', async () => {
  const worker = fakeWorker();
  const { ensureDeckCurrent } = await import('../../../lib/hooks/useDeckSync');

  const done = ensureDeckCurrent();
  await vi.waitFor(() => expect(worker.posted).toEqual(['first']));
  check.answer(true);
  await done;
  expect(worker.posted).toEqual(['first']);
  expect(worker.terminated).toBe(1);
});

it('a returning visit (its service worker in control) starts nothing before the check', async () => {
  vi.stubGlobal('navigator', { serviceWorker: { controller: {} } });
  const worker = fakeWorker();
  const { ensureDeckCurrent } = await import('../../../lib/hooks/useDeckSync');

  const done = ensureDeckCurrent();
  await new Promise((settle) => setTimeout(settle, 0));
  expect(worker.posted).toEqual([]);
  check.answer(true);
  await done;
  expect(worker.posted).toEqual([]);
});
