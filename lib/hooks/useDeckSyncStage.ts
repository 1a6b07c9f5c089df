'use client';
import { useSyncExternalStore } from 'react';
import { type DeckSyncStage, deckSyncStage } from './useDeckSync';

/**
 * Whether the built-in deck is being checked or written now (a first visit shows this instead of an empty list). A
 * module of its own: the review route, which reads the deck update's status, does not carry it.
 */
export function useDeckSyncStage(): DeckSyncStage {
  return useSyncExternalStore(deckSyncStage.subscribe, deckSyncStage.get, () => 'checking');
}
