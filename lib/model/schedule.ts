/** FSRS card states, numerically equal to ts-fsrs `State`. */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardState = (typeof CardState)[keyof typeof CardState];

/** Answer buttons, numerically equal to ts-fsrs `Rating` grades. */
export const Rating = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type Rating = (typeof Rating)[keyof typeof Rating];
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** The memory state FSRS keeps for one card. Times are epoch milliseconds (one type per indexed field). */
export interface MemoryState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: number | null;
}

/** FSRS-6's default decay (its 21st parameter): how fast retrievability falls once a card's stability has passed. */
export const DEFAULT_DECAY = 0.1542;

/** The decay of a parameter set (the learner's own, once optimized), or the default. */
export const decayOf = (parameters: readonly number[] | null | undefined): number => parameters?.[20] ?? DEFAULT_DECAY;

/** Just the memory state of a record that carries more (a schedule row, a log's `before`). */
export function memoryStateOf(s: MemoryState): MemoryState {
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = s;
  return { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview };
}

export function newMemoryState(now: number): MemoryState {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: CardState.New,
    lastReview: null,
  };
}
