import { getSetting, type HistoryReplay } from '../db';
import { validateStudySettings } from '../srs';
import { getDb } from './db';
import { loadScheduler, today } from './studySettings';

/** An imported history is replayed with the learner's own scheduler settings and study days. */
export async function learnersHistoryReplay(): Promise<HistoryReplay> {
  const { settings } = validateStudySettings(await getSetting(getDb(), 'study'));
  return { scheduler: await loadScheduler(settings), dayOf: (at) => today(at, settings.rolloverHour).key };
}
