'use client';
import { useSyncExternalStore } from 'react';
import { type WriteFailure, writeFailureOf } from '../db';

let lastFailure: WriteFailure | null = null;
const listeners = new Set<() => void>();
function publish(failure: WriteFailure | null) {
  lastFailure = failure;
  for (const listener of listeners) listener();
}

/**
 * A write the learner asked for (save settings, a deck's limit, the backup time…), made to report its refusal: a
 * full device, a newer version in another tab or any other failure is shown in words by the shell's one notice
 * (`useWriteFailure`), never lost in a rejected promise. The wrapped command resolves `undefined` when refused.
 */
export function command<Args extends unknown[], T>(write: (...args: Args) => Promise<T>): (...args: Args) => Promise<T | undefined> {
  return async (...args) => {
    try {
      const result = await write(...args);
      if (lastFailure) publish(null);
      return result;
    } catch (error) {
      publish(writeFailureOf(error));
      return undefined;
    }
  };
}

/** The last refused write, until the learner dismisses it or a write succeeds. */
export function useWriteFailure(): { failure: WriteFailure | null; dismiss(): void } {
  const failure = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lastFailure,
    () => null,
  );
  return { failure, dismiss: () => publish(null) };
}
