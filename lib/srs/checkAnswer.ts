import type { Lang, Rating, ReviewCard } from '../model';
import { type CommandCheck, checkCommand, proposedRating } from './command';
import { isExercise } from './exercise';
import { checkExercise, type ExerciseCheck } from './exerciseCheck';
import { type BlankResult, checkBlanks } from './manifest';
import type { AnswerInput } from './session';
import { checkTyped } from './typed';

/** How a revealed answer is judged: the typed command or answer, or the manifest's blanks, and the rating proposed. */
export interface AnswerCheck {
  check: CommandCheck | null;
  blanks: BlankResult[] | null;
  /** A procedure's steps or a diagnosis, judged. */
  exercise: ExerciseCheck | null;
  /** The rating the checker proposes (the learner decides), or null when the card is not checked. */
  suggested: Rating | null;
}

/** Judges what the learner entered for `card`, in the language its text is shown in. */
export function checkAnswer(card: ReviewCard, input: AnswerInput, lang: Lang): AnswerCheck {
  if (card.kind === 'command') {
    const check = checkCommand(input.typed, card.answer, card.accept);
    return { check, blanks: null, exercise: null, suggested: proposedRating(check) };
  }
  if (card.kind === 'basic' && card.typeIn) {
    const check = checkTyped(input.typed, card.content[lang].back);
    return { check, blanks: null, exercise: null, suggested: proposedRating(check) };
  }
  if (card.kind === 'manifest') {
    const blanks = checkBlanks(card.yaml, input.blanks);
    return { check: null, blanks, exercise: null, suggested: ratingForBlanks(blanks) };
  }
  if (isExercise(card)) {
    const exercise = checkExercise(card, input.exercise);
    return { check: null, blanks: null, exercise, suggested: exercise.rating };
  }
  return { check: null, blanks: null, exercise: null, suggested: null };
}

/** All blanks right: Good; some: Hard; none: Again. */
function ratingForBlanks(results: readonly { correct: boolean }[]): Rating {
  const right = results.filter((r) => r.correct).length;
  if (right === results.length) return 3;
  return right > 0 ? 2 : 1;
}
