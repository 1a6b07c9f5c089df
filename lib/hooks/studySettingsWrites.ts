'use client';
import { getSetting, setSetting } from '../db';
import { type StudySettings, validateStudySettings } from '../srs';
import { getDb } from './db';
import { command } from './writeCommand';

// The writes of the study settings, apart from their reads: only the settings screens load them, not /review.
// Each write carries its time: the study settings sync last-writer-wins across devices.

/** Puts the learner's own FSRS parameters in use (or, with null, the defaults again), keeping every other setting. */
export const saveParameters = command(async (parameters: number[] | null): Promise<void> => {
  const db = getDb();
  await db.transaction('rw', db.settings, async () => {
    const { settings } = validateStudySettings(await getSetting(db, 'study'));
    await setSetting(db, 'study', { ...settings, parameters }, Date.now());
  });
});

/** The settings' problems (nothing saved), none once saved; `undefined` when the write was refused (reported). */
export const saveStudySettings = command(async (settings: Partial<StudySettings>) => {
  const { problems } = validateStudySettings(settings);
  if (problems.length > 0) return problems;
  await setSetting(getDb(), 'study', settings, Date.now());
  return [];
});
