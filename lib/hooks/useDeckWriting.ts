'use client';
import { useSyncExternalStore } from 'react';
import { deckWriting } from './deckWriting';

/** True while the built-in deck is being written (a first visit shows progress instead of an empty or partial list). */
export function useDeckWriting(): boolean {
  return useSyncExternalStore(deckWriting.subscribe, deckWriting.get, () => false);
}
