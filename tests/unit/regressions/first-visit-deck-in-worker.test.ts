import { afterEach, expect, it, vi } from 'vitest';
import { updateDeck } from '../../../lib/hooks/deckUpdate';

afterEach(() => vi.unstubAllGlobals());

/** A sync worker that answers every step at once, and what the page posted to it. */
function fakeWorker() {
  const posted: unknown[] = [];
  class FakeWorker {
    onmessage: ((event: { data: { ok: boolean } }) => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly url: string) {}
    postMessage(message: unknown) {
      posted.push(message);
      queueMicrotask(() => this.onmessage?.({ data: { ok: true } }));
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return posted;
}

// Issue 17 §3: on a first visit the page downloaded, unpacked and wrote the first cards itself, a long task on a phone's
// CPU while the page hydrates. The sync worker now does the whole bootstrap (tests/unit/db/builtinDeck.test.ts): the
// page only starts it.
it('a first visit leaves the deck download and write to the sync worker', async () => {
  const posted = fakeWorker();
  const fetchJson = vi.fn();

  await updateDeck(fetchJson);

  expect(fetchJson).not.toHaveBeenCalled();
  expect(posted).toEqual(['first', 'rest']);
});

// Issue 17 §3: the worker wrote the whole deck right after the first cards, while the page drew the first card: on 2
// cores the page's tasks of 3 ms CPU took 30–60 ms (Lighthouse counted four times that as blocking time).
it('the rest of the deck waits for the page to be idle after the first cards', async () => {
  const posted = fakeWorker();
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));

  const done = updateDeck(vi.fn());
  await vi.waitFor(() => expect(idle).toHaveLength(1));
  expect(posted).toEqual(['first']);
  idle.shift()?.();
  await vi.waitFor(() => expect(idle).toHaveLength(1));
  expect(posted).toEqual(['first']);
  idle.shift()?.();
  await done;
  expect(posted).toEqual(['first', 'rest']);
});
