import { afterEach, expect, it, vi } from 'vitest';
import { updateDeck } from '../../../lib/hooks/deckUpdate';

afterEach(() => vi.unstubAllGlobals());

// Issue 17 §3: on a first visit the page downloaded, unpacked and wrote the first cards itself, a long task on a phone's
// CPU while the page hydrates. The sync worker now does the whole bootstrap (tests/unit/db/builtinDeck.test.ts): the
// page only starts it.
it('a first visit leaves the deck download and write to the sync worker', async () => {
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
  const fetchJson = vi.fn();

  await updateDeck(fetchJson);

  expect(fetchJson).not.toHaveBeenCalled();
  expect(posted).toEqual(['sync']);
});
