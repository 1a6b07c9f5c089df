import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '../../../lib/srs';
import { presetProblems, readDeckPresets, withDeckPreset, withoutPreset } from '../../../lib/srs/deckPresetsEdit';
import { type DeckPresets, deckStudySettings, presetOfDeck } from '../../../lib/srs/studySettings';

const learner = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 25 };
const exam = { id: 'exam', name: 'Exam', newPerDay: 50, reviewsPerDay: 500, desiredRetention: 0.95 };
const presets: DeckPresets = { presets: [exam], ofDeck: { cka: 'exam' } };

describe('deck presets', () => {
  it('a deck with a preset studies with its limits and retention; others with the learner’s settings', () => {
    expect(deckStudySettings(learner, presets, 'cka')).toMatchObject({ newPerDay: 50, reviewsPerDay: 500, desiredRetention: 0.95 });
    expect(deckStudySettings(learner, presets, 'other')).toBe(learner);
    expect(deckStudySettings(learner, undefined, 'cka')).toBe(learner);
  });

  it('a stored preset out of range is not applied (a hand-edited backup), nor a malformed record', () => {
    const broken = { presets: [{ ...exam, desiredRetention: 3 }], ofDeck: { cka: 'exam' } };
    expect(deckStudySettings(learner, broken, 'cka')).toBe(learner);
    expect(presetOfDeck({ presets: 'x', ofDeck: { cka: 'exam' } } as unknown as DeckPresets, 'cka')).toBeUndefined();
    expect(readDeckPresets(broken)).toEqual({ presets: [], ofDeck: {} });
    expect(readDeckPresets('nonsense')).toEqual({ presets: [], ofDeck: {} });
    expect(readDeckPresets(presets)).toEqual(presets);
  });

  it('names what is wrong in an edited preset', () => {
    expect(presetProblems([{ ...exam, name: ' ', newPerDay: -1 }, exam, { ...exam, id: 'b' }])).toEqual([
      { preset: 0, field: 'name' },
      { preset: 0, field: 'newPerDay' },
      { preset: 2, field: 'name' },
    ]);
  });

  it('deleting a preset sends its decks back to the default; a deck can go back to the default', () => {
    expect(withoutPreset(presets, 'exam')).toEqual({ presets: [], ofDeck: {} });
    expect(withDeckPreset(presets, 'cka', null).ofDeck).toEqual({});
    expect(withDeckPreset(presets, 'ckad', 'exam').ofDeck).toEqual({ cka: 'exam', ckad: 'exam' });
  });
});
