import { type Card, fsrs, type Grade, generatorParameters, type StepUnit } from 'ts-fsrs';
import { type CardState, type MemoryState, RATINGS, type Rating } from '../model';

export interface SchedulerSettings {
  desiredRetention: number;
  maximumIntervalDays: number;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
  fuzz: boolean;
  /** FSRS-6 parameters (21), or null for the defaults. */
  parameters: readonly number[] | null;
}

/** Defaults an Anki user expects (DESIGN.md §5). */
export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  fuzz: true,
  parameters: null,
};

export interface Scheduler {
  /** What it was made from: answers record it, so that any device replays them alike. */
  readonly settings: SchedulerSettings;
  /** What each button would give; the same computation `grade` applies. */
  preview(state: MemoryState, now: number): Record<Rating, MemoryState>;
  grade(state: MemoryState, now: number, rating: Rating): MemoryState;
}

/** One ts-fsrs instance per settings: previews and grades can never disagree. */
export function createScheduler(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Scheduler {
  const f = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumIntervalDays,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
      enable_fuzz: settings.fuzz,
      ...(settings.parameters ? { w: [...settings.parameters] } : {}),
    }),
  );
  // A device clock that went backwards must not crash or give negative intervals: an answer "before" the last
  // review counts as given at that moment (the same clamp on replay gives the same state).
  const at = (state: MemoryState, now: number) => Math.max(now, state.lastReview ?? now);
  return {
    settings,
    preview(state, now) {
      const record = f.repeat(toFsrsCard(state), at(state, now));
      return Object.fromEntries(RATINGS.map((r) => [r, fromFsrsCard(record[r as Grade].card)])) as Record<Rating, MemoryState>;
    },
    grade(state, now, rating) {
      return fromFsrsCard(f.next(toFsrsCard(state), at(state, now), rating as Grade).card);
    },
  };
}

function toFsrsCard(state: MemoryState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.lastReview === null ? {} : { last_review: new Date(state.lastReview) }),
  };
}

function fromFsrsCard(card: Card): MemoryState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardState,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}
