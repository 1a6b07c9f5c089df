'use client';
import { readEditorChoices, readNoteOfCard } from '../db/noteReads';
import type { NoteWrite } from '../db/noteWriter';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { command } from './writeCommand';

/** The note of a card, for the editor; null when there is no such card, undefined while loading. */
export const useNoteOfCard = (key: string | null) =>
  useLiveQuery(async () => (key ? ((await readNoteOfCard(getDb(), key)) ?? null) : null), [key]);

/** Deck names and tags to complete from. */
export const useEditorChoices = () => useLiveQuery(() => readEditorChoices(getDb()), []);

/**
 * Saves a note through the one note writer (loaded with the first save: the form shows sooner); resolves undefined
 * when the write was refused (the shell says why).
 */
export const saveNote = command(async (write: NoteWrite) => (await import('../db/noteWriter')).writeNote(getDb(), write, Date.now()));

/** A new note's id: never used before on any device (cards are keyed by it). */
export const newNoteId = () => `own-${crypto.randomUUID()}`;
