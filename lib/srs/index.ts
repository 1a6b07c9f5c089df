export {
  type CanonicalCommand,
  type CommandCheck,
  canonicalize,
  checkCommand,
  type DiffToken,
  diffTokens,
  proposedRating,
} from './command';
export { checkDiagnose, type DiagnoseCheck } from './diagnose';
export {
  choiceOrder,
  type DiagnoseAnswer,
  type ExerciseAnswer,
  type ExerciseCard,
  emptyDiagnoseAnswer,
  emptyProcedureAnswer,
  isExercise,
  type ProcedureAnswer,
  stepOrder,
  toggleStep,
} from './exercise';
export { checkExercise, type ExerciseCheck } from './exerciseCheck';
export { describeInterval, type IntervalUnit } from './interval';
export { localStudyDay } from './localStudyDay';
export { type Blank, type BlankResult, blanksOf, checkBlanks, normalizeYamlValue } from './manifest';
export { checkProcedure, inSequence, type ProcedureCheck, type StepResult } from './procedure';
export {
  buildQueue,
  countsAsNew,
  countsAsReview,
  DEFAULT_QUEUE_LIMITS,
  orderNewCards,
  type Queue,
  type QueueCard,
  type QueueInput,
  type QueueLimits,
} from './queue';
export { createScheduler, DEFAULT_SCHEDULER_SETTINGS, type Scheduler, type SchedulerSettings } from './scheduler';
export { scrambledOrder, seededOrder } from './shuffle';
export { type StudyDay, studyDay, utcOffsetMinutes } from './studyDay';
export {
  DEFAULT_STUDY_SETTINGS,
  type NewCardOrder,
  queueLimitsOf,
  type SettingsProblem,
  type StudySettings,
  schedulerSettingsOf,
  validateStudySettings,
} from './studySettings';
export { checkTyped, plainText } from './typed';
