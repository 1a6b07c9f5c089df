import { checkDiagnose, type DiagnoseCheck } from './diagnose';
import { type ExerciseAnswer, type ExerciseCard, emptyDiagnoseAnswer, emptyProcedureAnswer } from './exercise';
import { checkProcedure, type ProcedureCheck } from './procedure';

export type ExerciseCheck = ({ kind: 'procedure' } & ProcedureCheck) | ({ kind: 'diagnose' } & DiagnoseCheck);

/** Checks a procedure or diagnose answer (none given counts as empty) and proposes a rating. */
export function checkExercise(card: ExerciseCard, answer: ExerciseAnswer | null): ExerciseCheck {
  if (card.kind === 'procedure') {
    const given = answer?.kind === 'procedure' ? answer : emptyProcedureAnswer();
    return { kind: 'procedure', ...checkProcedure(card.commands, given) };
  }
  const given = answer?.kind === 'diagnose' ? answer : emptyDiagnoseAnswer();
  return { kind: 'diagnose', ...checkDiagnose(card.fix, given) };
}
