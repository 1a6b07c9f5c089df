'use client';
import { deleteDeck as deleteStoredDeck, readDeck, readDeckCards, readDecks } from '../db';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { command } from './writeCommand';

/** One deck and its card count, live; `undefined` while loading (`deck` undefined: no such deck). */
export const useDeck = (deckId: string) => useLiveQuery(() => readDeck(getDb(), deckId), [deckId]);

/** Every deck, live; `undefined` while loading. */
export const useDecks = () => useLiveQuery(() => readDecks(getDb()), []);

/** A deck's cards that are not retired (for an export). */
export const readCardsOfDeck = (deckId: string) => readDeckCards(getDb(), deckId);

/** Deletes a deck with its cards, schedules and reviews (one transaction); undefined when refused. */
export const deleteDeck = command((deckId: string) => deleteStoredDeck(getDb(), deckId, Date.now()));
