import { type StudySettings, validateStudySettings } from './studySettings';

// Per-deck study options as Anki's presets: a deck uses a named preset (its limits and desired retention) or the
// default one, which is the learner's study settings. Stored in the settings table (`deckPresets`), no schema change.
// This module is read on the review screen: it only applies presets; editing them is in deckPresetsEdit.ts.

export interface DeckPreset {
  id: string;
  name: string;
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
}

export interface DeckPresets {
  presets: DeckPreset[];
  /** Deck id → preset id. A deck not listed (or whose preset was deleted) uses the default: the study settings. */
  ofDeck: Record<string, string>;
}

/** The named preset a deck uses; undefined for the default. */
export function presetOfDeck(presets: DeckPresets | undefined, deckId: string): DeckPreset | undefined {
  const id = presets?.ofDeck?.[deckId];
  return id === undefined || !Array.isArray(presets?.presets) ? undefined : presets.presets.find((p) => p?.id === id);
}

/**
 * The study settings for a deck: the learner's, with its preset's limits and retention when it has one. A stored
 * preset with a value out of range (a hand-edited backup) is not applied.
 */
export function deckStudySettings(settings: StudySettings, presets: DeckPresets | undefined, deckId: string): StudySettings {
  const preset = presetOfDeck(presets, deckId);
  if (!preset) return settings;
  const { newPerDay, reviewsPerDay, desiredRetention } = preset;
  const own = { newPerDay, reviewsPerDay, desiredRetention };
  return validateStudySettings(own).problems.length > 0 ? settings : { ...settings, ...own };
}
