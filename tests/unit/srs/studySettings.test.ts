import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS, queueLimitsOf, schedulerSettingsOf, validateStudySettings } from '../../../lib/srs';

describe('study settings', () => {
  it('missing or unknown values fall back to Anki-like defaults', () => {
    expect(validateStudySettings(undefined)).toEqual({ settings: DEFAULT_STUDY_SETTINGS, problems: [] });
    expect(DEFAULT_STUDY_SETTINGS).toMatchObject({
      desiredRetention: 0.9,
      newPerDay: 20,
      reviewsPerDay: 200,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
      maximumIntervalDays: 36500,
      rolloverHour: 4,
      burySiblings: true,
      leechThreshold: 8,
    });
  });

  it('keeps valid values and reports every invalid one', () => {
    const { settings, problems } = validateStudySettings({
      desiredRetention: 0.85,
      newPerDay: 5,
      learningSteps: ['30s'],
      rolloverHour: 24,
      newOrder: 'alphabetical',
      fuzz: false,
    });
    expect(settings).toMatchObject({
      desiredRetention: 0.85,
      newPerDay: 5,
      fuzz: false,
      learningSteps: ['1m', '10m'],
      rolloverHour: 4,
      newOrder: 'notes',
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['learningSteps', 'newOrder', 'rolloverHour']);
    expect(validateStudySettings({ desiredRetention: 0.99 }).problems).toEqual([{ field: 'desiredRetention', problem: 'range' }]);
  });

  it('feeds the scheduler and the queue', () => {
    const settings = { ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.8, newPerDay: 7, burySiblings: false, newOrder: 'random' as const };
    expect(schedulerSettingsOf(settings)).toMatchObject({ desiredRetention: 0.8 });
    expect(queueLimitsOf(settings)).toMatchObject({ newPerDay: 7, burySiblings: false, newOrder: 'random' });
  });
});
