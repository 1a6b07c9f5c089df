import type { DeckPreset, DeckPresets } from './studySettings';
import { type StudySettings, validateStudySettings } from './studySettings';

// Editing the deck presets (settings and deck screens): what is stored is checked here, never on the review screen.

const NO_PRESETS: DeckPresets = { presets: [], ofDeck: {} };

export type PresetProblem = { preset: number; field: keyof DeckPreset };

/** What is wrong with these presets (by position and field): an empty or repeated name, a value out of range. */
export function presetProblems(presets: readonly DeckPreset[]): PresetProblem[] {
  const problems: PresetProblem[] = [];
  presets.forEach((preset, i) => {
    const name = preset.name.trim();
    if (name === '' || presets.findIndex((p) => p.name.trim() === name) !== i) problems.push({ preset: i, field: 'name' });
    const { newPerDay, reviewsPerDay, desiredRetention } = preset;
    for (const { field } of validateStudySettings({ newPerDay, reviewsPerDay, desiredRetention }).problems)
      problems.push({ preset: i, field: field as keyof DeckPreset });
  });
  return problems;
}

/** Stored presets → valid ones: a malformed record reads as none, a broken preset is left out with its decks' links. */
export function readDeckPresets(stored: unknown): DeckPresets {
  if (typeof stored !== 'object' || stored === null) return NO_PRESETS;
  const { presets, ofDeck } = stored as Partial<Record<keyof DeckPresets, unknown>>;
  const list = (Array.isArray(presets) ? presets : []).filter(
    (p): p is DeckPreset =>
      typeof p === 'object' && p !== null && typeof p.id === 'string' && typeof p.name === 'string' && presetProblems([p]).length === 0,
  );
  const ids = new Set(list.map((p) => p.id));
  const links = Object.entries(typeof ofDeck === 'object' && ofDeck !== null ? ofDeck : {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && ids.has(entry[1]),
  );
  return { presets: list, ofDeck: Object.fromEntries(links) };
}

/** A new preset named `name`, starting from the learner's study settings. */
export const newPreset = (id: string, name: string, from: StudySettings): DeckPreset => ({
  id,
  name,
  newPerDay: from.newPerDay,
  reviewsPerDay: from.reviewsPerDay,
  desiredRetention: from.desiredRetention,
});

/** The presets without this one; the decks that used it go back to the default. */
export function withoutPreset(presets: DeckPresets, id: string): DeckPresets {
  return {
    presets: presets.presets.filter((p) => p.id !== id),
    ofDeck: Object.fromEntries(Object.entries(presets.ofDeck).filter(([, presetId]) => presetId !== id)),
  };
}

/** The deck uses this preset (null: the default). */
export function withDeckPreset(presets: DeckPresets, deckId: string, presetId: string | null): DeckPresets {
  const { [deckId]: _old, ...others } = presets.ofDeck;
  return { ...presets, ofDeck: presetId === null ? others : { ...others, [deckId]: presetId } };
}
