import Dexie from 'dexie';
import { CardState } from '../model';
import type { StudyDay } from '../srs';
import type { KubecardsDb } from './schema';

/** The end of a session as Anki tells it: today's answers and their time, today's retention, tomorrow's load. */
export interface DaySummary {
  /** Answers given today in this deck (manual changes such as Forget are not answers). */
  cards: number;
  /** Their answer time, ms. */
  timeMs: number;
  /** Of today's answers to review cards, the share remembered (not Again); null when there were none. */
  retention: number | null;
  /** Cards in learning or review that will be due by the end of tomorrow's study day. */
  dueTomorrow: number;
}

const DUE_QUEUES = [CardState.Learning, CardState.Relearning, CardState.Review];

/** Today's summary of a deck: the day's log (one study day, so a few hundred rows) and three index counts. */
export async function loadDaySummary(db: KubecardsDb, deckId: string, day: StudyDay, tomorrow: StudyDay): Promise<DaySummary> {
  return db.transaction('r', db.schedule, db.reviewLog, async () => {
    const [logs, dueCounts] = await Promise.all([
      db.reviewLog.where('[deckId+review]').between([deckId, day.start], [deckId, day.end]).toArray(),
      Promise.all(
        DUE_QUEUES.map((queue) =>
          db.schedule
            .where('[deckId+queue+due]')
            .between([deckId, queue, Dexie.minKey], [deckId, queue, tomorrow.end], true, false)
            .count(),
        ),
      ),
    ]);
    const answers = logs.filter((log) => (log.kind ?? 'review') === 'review');
    const reviews = answers.filter((log) => log.before.state === CardState.Review);
    return {
      cards: answers.length,
      timeMs: answers.reduce((sum, log) => sum + log.durationMs, 0),
      retention: reviews.length === 0 ? null : reviews.filter((log) => log.rating > 1).length / reviews.length,
      dueTomorrow: dueCounts.reduce((sum, n) => sum + n, 0),
    };
  });
}

/** The learner's latest answer times (any deck), newest first: what their pace is estimated from. */
export async function recentAnswerTimes(db: KubecardsDb, limit = 200): Promise<number[]> {
  const logs = await db.reviewLog.orderBy('review').reverse().limit(limit).toArray();
  return logs.filter((log) => (log.kind ?? 'review') === 'review').map((log) => log.durationMs);
}
