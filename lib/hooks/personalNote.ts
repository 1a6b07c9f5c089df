'use client';
import { readPersonalNote, writePersonalNote } from '../db/noteReads';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { command } from './writeCommand';

/** The learner's own note on a built-in card, live ('' when none); undefined while loading. */
export const usePersonalNote = (key: string) => useLiveQuery(() => readPersonalNote(getDb(), key), [key]);

/** Saves the personal note of a card; resolves true once written, undefined when refused (the shell says why). */
export const savePersonalNote = command(async (key: string, text: string) => {
  await writePersonalNote(getDb(), key, text);
  return true;
});
