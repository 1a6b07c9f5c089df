import type { ExamDomain, SessionCard } from '../model';
import type { Queue, QueueLimits, StudyDay } from '../srs';
import { loadQueue, nextDueAfter } from './queue';
import { isStudiable, type KubecardsDb } from './schema';

/** What the review session reads from storage: the counts, and the first cards of the queue in full. */
export interface SessionRead {
  counts: Queue['counts'];
  /** The first cards that may be shown now, in queue order: the session shows one and keeps the rest read ahead. */
  candidates: SessionCard[];
  /** When the next card falls due, if none is left now. */
  nextDue: number | null;
  /** The moment the queue was read for. */
  readAt: number;
}

export interface SessionScope {
  deckId: string;
  /** Only this topic's cards (`2.3`), a chapter's (`2`), or a tag's (`#cka-troubleshooting`). */
  topic?: string;
  /** Only the cards of one CKA/CKAD domain. */
  domain?: ExamDomain;
  /** Review ahead: cards due in the next this many days. */
  aheadDays?: number;
  /** Cramming: the cards crammed so far and those answered Again (shown last); answers are not recorded. */
  cram?: { done: readonly string[]; later: readonly string[] };
}

/**
 * Cards read in full ahead of the screen: enough that a few quick answers (written behind the screen) and a read
 * taken just before one of them committed still leave a next card to show.
 */
const READ_AHEAD = 5;

/** The queue of a review session, and its first cards in full. */
/** The queues of the sessions a learner asks for (review ahead, cram, a topic or domain), loaded only for those. */
export type CustomQueues = typeof import('./customQueues');

/** Does this session need one of the custom queues? */
export const needsCustomQueue = ({
  topic,
  domain,
  aheadDays,
  cram,
}: {
  topic?: string;
  domain?: string;
  aheadDays?: number;
  cram?: unknown;
}) => Boolean(topic || domain || aheadDays || cram);

export async function loadSession(
  db: KubecardsDb,
  scope: SessionScope,
  now: number,
  day: StudyDay,
  limits: QueueLimits,
  custom: CustomQueues | null = null,
): Promise<SessionRead> {
  const { deckId, topic, domain, aheadDays, cram } = scope;
  if (needsCustomQueue(scope) && custom === null) throw new Error('this session needs the custom queues, not loaded');
  const queue =
    custom === null
      ? await loadQueue(db, deckId, now, day, limits)
      : cram
        ? await custom.loadCramQueue(db, deckId, topic, new Set(cram.done), cram.later, now)
        : aheadDays
          ? await custom.loadAheadQueue(db, deckId, aheadDays, now, day, limits)
          : domain
            ? await custom.loadDomainQueue(db, deckId, domain, now, day, limits)
            : topic
              ? await custom.loadTopicQueue(db, deckId, topic, now, day, limits)
              : await loadQueue(db, deckId, now, day, limits);
  // Learning cards come only once due (within learn-ahead); reviewing ahead and cramming take every card listed.
  const showable = queue.cards.filter((c) => aheadDays !== undefined || cram !== undefined || c.due <= now + limits.learnAheadMs);
  const keys = showable.slice(0, READ_AHEAD).map((c) => c.cardId);
  const [cards, schedules] = await Promise.all([db.cards.bulkGet(keys), db.schedule.bulkGet(keys)]);
  const candidates: SessionCard[] = [];
  keys.forEach((_, i) => {
    const card = cards[i];
    const schedule = schedules[i];
    if (card && schedule && isStudiable(schedule, now)) candidates.push({ card, schedule });
  });
  const nextDue = candidates.length > 0 ? null : (queue.nextLearningDue ?? (await nextDueAfter(db, deckId, now)));
  return { counts: queue.counts, candidates, nextDue, readAt: now };
}
