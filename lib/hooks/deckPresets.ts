'use client';
import { getSetting, setSetting } from '../db';
import { presetProblems, readDeckPresets, withDeckPreset } from '../srs/deckPresetsEdit';
import type { DeckPresets } from '../srs/studySettings';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { command } from './writeCommand';

/** The deck presets, live (checked); undefined until read. */
export const useDeckPresets = () => useLiveQuery(async () => readDeckPresets(await getSetting(getDb(), 'deckPresets')), []);

/** Saves the presets: their problems (nothing saved), none once saved; `undefined` when the write was refused. */
export const saveDeckPresets = command(async (presets: DeckPresets) => {
  const problems = presetProblems(presets.presets);
  if (problems.length > 0) return problems;
  await setSetting(getDb(), 'deckPresets', readDeckPresets(presets));
  return [];
});

/** The deck uses this preset from now on (null: the default, the study settings). */
export const chooseDeckPreset = command(async (deckId: string, presetId: string | null) => {
  const db = getDb();
  await db.transaction('rw', db.settings, async () => {
    const presets = readDeckPresets(await getSetting(db, 'deckPresets'));
    await setSetting(db, 'deckPresets', withDeckPreset(presets, deckId, presetId));
  });
  return true;
});
