'use client';
import { importDeckId, toRecord } from '../db/importWriter';
import { readEditorChoices, readNoteOfCard, readPersonalNote, writePersonalNote } from '../db/noteReads';
import { type NoteWrite, writeNote } from '../db/noteWriter';
import { type NoteDraft, noteToCards } from '../import/noteDraft';
import type { StudyCard } from '../model';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { command } from './writeCommand';

/** The note of a card, for the editor; null when there is no such card, undefined while loading. */
export const useNoteOfCard = (key: string | null) =>
  useLiveQuery(async () => (key ? ((await readNoteOfCard(getDb(), key)) ?? null) : null), [key]);

/** Deck names and tags to complete from. */
export const useEditorChoices = () => useLiveQuery(() => readEditorChoices(getDb()), []);

/** The personal note of a built-in card, live. */
export const usePersonalNote = (key: string) => useLiveQuery(() => readPersonalNote(getDb(), key), [key]);

/** Saves a note through the one note writer; resolves undefined when the write was refused (the shell says why). */
export const saveNote = command((write: NoteWrite) => writeNote(getDb(), write, Date.now()));

export const savePersonalNote = command((key: string, text: string) => writePersonalNote(getDb(), key, text));

/** The cards a draft makes, as the review screen would show them (the same records the writer stores). */
export function previewCards(draft: NoteDraft, noteId: string, deckName: string, tags: string[]): StudyCard[] {
  const note = { guid: noteId, deck: '', tags, origin: 'editor', cards: noteToCards(draft) };
  return note.cards.map((card) => toRecord(note, card, importDeckId(deckName), 'editor'));
}

/** A new note's id: never used before on any device (cards are keyed by it). */
export const newNoteId = () => `own-${crypto.randomUUID()}`;
