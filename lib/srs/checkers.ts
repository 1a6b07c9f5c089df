/** The answer checkers, as one chunk the review screen loads when the first checked answer is revealed. */
export { type AnswerCheck, checkAnswer } from './checkAnswer';
