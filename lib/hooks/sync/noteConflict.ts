'use client';
import { getDb } from '../db';
import { useLiveQuery } from '../liveQuery';
import { command } from '../writeCommand';

// The note-conflict reader and writer come with the first card screen that needs them: not on /review's first load.
const conflicts = () => import('../../db/noteConflict');

/** The version of this note that lost a concurrent edit on another device, live; null when there is none. */
export const useNoteConflict = (noteId: string | null) =>
  useLiveQuery(async () => (noteId ? (await conflicts()).readNoteConflict(getDb(), noteId) : null), [noteId]);

/** Keeps the version shown, or puts the other in its place; either way the conflict is settled on every device. */
export const pickNoteVersion = command(async (noteId: string, pick: 'kept' | 'other') =>
  (await conflicts()).pickNoteVersion(getDb(), noteId, pick, Date.now()),
);
