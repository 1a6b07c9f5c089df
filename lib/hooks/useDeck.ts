'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteDeck as deleteStoredDeck, readDeck, readDeckCards, readDecks, renameDeck as renameStoredDeck, setDeckNewLimit } from '../db';
import { attempt } from './command';
import { getDb } from './db';

/** One deck and its card count, live; `undefined` while loading (`deck` undefined: no such deck). */
export const useDeck = (deckId: string) => useLiveQuery(() => readDeck(getDb(), deckId), [deckId]);

/** Every deck, live; `undefined` while loading. */
export const useDecks = () => useLiveQuery(() => readDecks(getDb()), []);

/** A deck's cards that are not retired (for an export). */
export const readCardsOfDeck = (deckId: string) => readDeckCards(getDb(), deckId);

/** Renames an imported deck. */
export const renameDeck = (deckId: string, name: string) => attempt((db) => renameStoredDeck(db, deckId, name));

/** Sets the deck's own daily new-card limit, or (null) goes back to the global one. */
export const setDeckLimit = (deckId: string, newPerDay: number | null) => attempt((db) => setDeckNewLimit(db, deckId, newPerDay));

/** Deletes a deck with its cards, schedules and reviews (one transaction). */
export const deleteDeck = (deckId: string) => attempt((db) => deleteStoredDeck(db, deckId));
