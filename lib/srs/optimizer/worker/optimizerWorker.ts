/// <reference lib="webworker" />
// Trains FSRS parameters on the learner's review log with fsrs-rs (wasm, on a thread pool), off the main thread, and
// scores the result against the parameters in use on the same log.
import type * as FsrsBrowser from 'fsrs-browser';
import { answersByCard, toAnkiRevlog } from '../history';
import { logLoss } from '../logLoss';
import type { OptimizeRequest, OptimizeResponse } from '../protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Served as published (see scripts/build-worker.mjs), loaded at run time: never part of any bundle. */
const FSRS_MODULE = '/fsrs/fsrs_browser.js';

self.onmessage = async (event: MessageEvent<OptimizeRequest>) => {
  const reply = (response: OptimizeResponse) => self.postMessage(response);
  try {
    if (!self.crossOriginIsolated) throw new Error('the page is not cross-origin isolated (no shared memory for threads)');
    const { log, settings, minuteOffset } = event.data;
    const fsrs = (await import(/* @vite-ignore */ FSRS_MODULE)) as typeof FsrsBrowser;
    await fsrs.default();
    await fsrs.initThreadPool(Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)));
    const cards = answersByCard(log);
    const revlog = toAnkiRevlog(cards);
    const model = new fsrs.Fsrs();
    const trained = model.computeParametersAnki(minuteOffset, revlog.cids, revlog.eases, revlog.ids, revlog.types, undefined, true);
    model.free();
    const parameters = Array.from(trained, (w) => Number(w.toFixed(4)));
    reply({
      ok: true,
      parameters,
      current: logLoss(cards, settings),
      optimized: logLoss(cards, { ...settings, parameters }),
    });
  } catch (error) {
    reply({ ok: false, reason: error instanceof Error ? error.message : String(error) });
  }
};
