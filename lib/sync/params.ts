import { hashString } from '../notes/hash';
import type { SchedulerSettings } from '../srs';

/** The settings' JSON with keys in a fixed order, so that equal settings always give the same text. */
function canonicalJson(settings: SchedulerSettings): string {
  const { desiredRetention, maximumIntervalDays, learningSteps, relearningSteps, fuzz, parameters } = settings;
  return JSON.stringify([desiredRetention, maximumIntervalDays, learningSteps, relearningSteps, fuzz, parameters]);
}

/** The id under which a set of scheduler settings is stored once, and by which log entries name it. */
export const paramsIdOf = (settings: SchedulerSettings): string => `p${hashString(canonicalJson(settings))}`;
