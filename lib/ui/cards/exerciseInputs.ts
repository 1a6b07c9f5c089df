import type { ExerciseAnswer } from '../../srs/exercise';

/** The answer a procedure or diagnose card is given on its front; the review screen keeps it and checks it. */
export interface ExerciseInputs {
  answer: ExerciseAnswer | null;
  onChange(answer: ExerciseAnswer): void;
  /** Enter in a command field checks the answer. */
  onSubmit(): void;
}
