import type { StepUnit } from 'ts-fsrs';
import type { QueueLimits } from './queue';
import type { SchedulerSettings } from './scheduler';

export type NewCardOrder = 'notes' | 'random' | 'topic';

/** Everything the learner may tune; defaults as an Anki user expects (DESIGN.md §5). */
export interface StudySettings {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
  maximumIntervalDays: number;
  /** Hour (local time) at which a new study day starts. */
  rolloverHour: number;
  newOrder: NewCardOrder;
  burySiblings: boolean;
  leechThreshold: number;
  leechAction: 'tag' | 'suspend';
  fuzz: boolean;
  /** The learner's own FSRS parameters (21, from the optimizer), or null for FSRS-6's defaults. */
  parameters: number[] | null;
}

/** How many parameters FSRS-6 has. */
export const FSRS_PARAMETER_COUNT = 21;

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumIntervalDays: 36500,
  rolloverHour: 4,
  newOrder: 'notes',
  burySiblings: true,
  leechThreshold: 8,
  leechAction: 'suspend',
  fuzz: true,
  parameters: null,
};

const STEP = /^\d+(\.\d+)?[mhd]$/;

export type SettingsProblem = { field: keyof StudySettings; problem: 'range' | 'steps' | 'choice' | 'parameters' };

/** Stored or typed settings → valid settings (unknown or missing values fall back to defaults) and what was wrong. */
export function validateStudySettings(input: unknown): { settings: StudySettings; problems: SettingsProblem[] } {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<keyof StudySettings, unknown>>;
  const problems: SettingsProblem[] = [];
  const settings = { ...DEFAULT_STUDY_SETTINGS };
  const number = <K extends keyof StudySettings>(field: K, min: number, max: number, integer: boolean) => {
    const value = raw[field];
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
      problems.push({ field, problem: 'range' });
    else (settings[field] as number) = value;
  };
  const steps = (field: 'learningSteps' | 'relearningSteps') => {
    const value = raw[field];
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length > 10 || !value.every((s) => typeof s === 'string' && STEP.test(s)))
      problems.push({ field, problem: 'steps' });
    else settings[field] = value as StepUnit[];
  };
  const choice = <K extends keyof StudySettings>(field: K, allowed: readonly unknown[]) => {
    const value = raw[field];
    if (value === undefined) return;
    if (!allowed.includes(value)) problems.push({ field, problem: 'choice' });
    else (settings[field] as unknown) = value;
  };
  number('desiredRetention', 0.7, 0.97, false);
  number('newPerDay', 0, 9999, true);
  number('reviewsPerDay', 0, 99999, true);
  number('maximumIntervalDays', 1, 36500, true);
  number('rolloverHour', 0, 23, true);
  number('leechThreshold', 1, 99, true);
  steps('learningSteps');
  steps('relearningSteps');
  choice('newOrder', ['notes', 'random', 'topic']);
  choice('burySiblings', [true, false]);
  choice('leechAction', ['tag', 'suspend']);
  choice('fuzz', [true, false]);
  const parameters = raw.parameters;
  if (parameters !== undefined && parameters !== null) {
    if (
      !Array.isArray(parameters) ||
      parameters.length !== FSRS_PARAMETER_COUNT ||
      !parameters.every((w) => typeof w === 'number' && Number.isFinite(w))
    )
      problems.push({ field: 'parameters', problem: 'parameters' });
    else settings.parameters = parameters as number[];
  }
  return { settings, problems };
}

export const schedulerSettingsOf = (s: StudySettings): SchedulerSettings => ({
  desiredRetention: s.desiredRetention,
  maximumIntervalDays: s.maximumIntervalDays,
  learningSteps: s.learningSteps,
  relearningSteps: s.relearningSteps,
  fuzz: s.fuzz,
  parameters: s.parameters,
});

export const queueLimitsOf = (s: StudySettings): QueueLimits => ({
  newPerDay: s.newPerDay,
  reviewsPerDay: s.reviewsPerDay,
  learnAheadMs: 20 * 60_000,
  burySiblings: s.burySiblings,
  newOrder: s.newOrder,
});

// Per-deck study options as Anki's presets: a deck uses a named preset (its limits and desired retention) or the
// default one, which is the learner's study settings. Stored in the settings table (`deckPresets`), no schema change.
// Applied here (the review screen reads this module); edited in deckPresetsEdit.ts.

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
  const own = preset && { newPerDay: preset.newPerDay, reviewsPerDay: preset.reviewsPerDay, desiredRetention: preset.desiredRetention };
  return own && validateStudySettings(own).problems.length === 0 ? { ...settings, ...own } : settings;
}
