/** The answer checkers, as one chunk the review screen loads when the first typed answer is revealed. */
export { checkCommand, proposedRating } from './command';
export { checkExercise } from './exerciseCheck';
export { checkBlanks } from './manifest';
export { checkTyped } from './typed';
