import type { Rating, StepCommand } from '../model';
import { type CommandCheck, checkCommand } from './command';
import type { DiagnoseAnswer } from './exercise';

export interface DiagnoseCheck {
  correct: boolean;
  /** Cards with a fix to type: the checker's verdict on what was typed. */
  command: CommandCheck | null;
  rating: Rating;
}

/** The wrong cause: Again. The right cause: Good, or Hard when the fix typed is not right. */
export function checkDiagnose(fix: StepCommand | undefined, answer: DiagnoseAnswer): DiagnoseCheck {
  const correct = answer.choice === 0;
  const command = fix ? checkCommand(answer.typed, fix.command, fix.accept) : null;
  const fixRight = command === null || command.verdict === 'exact' || command.verdict === 'equivalent';
  return { correct, command, rating: !correct ? 1 : fixRight ? 3 : 2 };
}
