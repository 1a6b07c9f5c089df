import type { DiagnoseCard, ProcedureCard } from '../model';
import { scrambledOrder, seededOrder } from './shuffle';

/** The cards answered by acting on them (ordering steps, picking a cause) rather than by recall alone. */
export { type ExerciseCard, isExercise } from '../model';

/** A procedure answer: the steps in the order tapped (indices into the right order) and the commands typed, by step. */
export interface ProcedureAnswer {
  kind: 'procedure';
  order: number[];
  typed: Record<number, string>;
}

/** A diagnose answer: the choice picked (0 is the right answer, i ≥ 1 the distractor i - 1) and the fix typed. */
export interface DiagnoseAnswer {
  kind: 'diagnose';
  choice: number | null;
  typed: string;
}

export type ExerciseAnswer = ProcedureAnswer | DiagnoseAnswer;

export const emptyProcedureAnswer = (): ProcedureAnswer => ({ kind: 'procedure', order: [], typed: {} });
export const emptyDiagnoseAnswer = (): DiagnoseAnswer => ({ kind: 'diagnose', choice: null, typed: '' });

/** The order the steps are offered in: shuffled from the card id, never already right. */
export const stepOrder = (card: ProcedureCard) => scrambledOrder(card.commands.length, card.id);

/** The order the choices are offered in (indices as in DiagnoseAnswer.choice), shuffled from the card id. */
export const choiceOrder = (card: DiagnoseCard) => seededOrder(card.content.en.distractors.length + 1, card.id);

/** Tapping a step: appended when not placed yet, taken out (the rest closing up) when it is. */
export function toggleStep(answer: ProcedureAnswer, step: number): ProcedureAnswer {
  const order = answer.order.includes(step) ? answer.order.filter((s) => s !== step) : [...answer.order, step];
  return { ...answer, order };
}
