import { readMedia } from '../db';
import { getDb } from './db';

/** Stored media files by name: how imported cards show their images and sounds (the app gives this to every field). */
export const readStoredMedia = (names: readonly string[]) => readMedia(getDb(), names);
