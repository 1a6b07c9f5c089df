import type { ExamDomain } from '../model';
import type { Queue, QueueLimits, StudyDay } from '../srs';
import { loadAheadQueue, loadCramQueue, loadDomainQueue, loadQueue, loadTopicQueue, nextDueAfter } from './queue';
import { type CardRecord, isStudiable, type KubecardsDb, type ScheduleRecord } from './schema';

export interface SessionView {
  queue: Queue;
  /** The card to show now, with the schedule version the answer will be checked against. */
  current: { card: CardRecord; schedule: ScheduleRecord } | null;
  /** The card after it, read ahead so that answering shows it at once (the live query then confirms or corrects). */
  upcoming: { card: CardRecord; schedule: ScheduleRecord } | null;
  /** When the next card falls due, if none is left now. */
  nextDue: number | null;
}

export interface SessionScope {
  deckId: string;
  /** Only this topic's cards (`2.3`), or a chapter's (`2`). */
  topic?: string;
  /** Only the cards of one CKA/CKAD domain. */
  domain?: ExamDomain;
  /** Review ahead: cards due in the next this many days. */
  aheadDays?: number;
  /** Cramming: the cards crammed so far and those answered Again (shown last); answers are not recorded. */
  cram?: { done: ReadonlySet<string>; later: readonly string[] };
}

/** Everything the review screen shows, read in one go. `pinnedKey` puts an undone card back in front. */
export async function loadSession(
  db: KubecardsDb,
  { deckId, topic, domain, aheadDays, cram }: SessionScope,
  now: number,
  day: StudyDay,
  limits: QueueLimits,
  pinnedKey: string | null,
): Promise<SessionView> {
  const queue = cram
    ? await loadCramQueue(db, deckId, topic, cram.done, cram.later, now)
    : aheadDays
      ? await loadAheadQueue(db, deckId, aheadDays, now, day, limits)
      : domain
        ? await loadDomainQueue(db, deckId, domain, now, day, limits)
        : topic
          ? await loadTopicQueue(db, deckId, topic, now, day, limits)
          : await loadQueue(db, deckId, now, day, limits);
  const key = pinnedKey ?? queue.cards[0]?.cardId;
  const nextKey = queue.cards.find(
    (c) => c.cardId !== key && (aheadDays !== undefined || cram !== undefined || c.due <= now + limits.learnAheadMs),
  )?.cardId;
  const [current, upcoming] = await Promise.all([readCard(db, key, now), readCard(db, nextKey, now)]);
  const nextDue = current ? null : (queue.nextLearningDue ?? (await nextDueAfter(db, deckId, now)));
  return { queue, current, upcoming, nextDue };
}

async function readCard(db: KubecardsDb, key: string | undefined, now: number) {
  if (!key) return null;
  const [card, schedule] = await Promise.all([db.cards.get(key), db.schedule.get(key)]);
  return card && schedule && isStudiable(schedule, now) ? { card, schedule } : null;
}
