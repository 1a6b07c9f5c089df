import Dexie from 'dexie';
import { CardState, type ExamDomain, isExamDomain } from '../model';
import { buildQueue, type Queue, type QueueLimits, type StudyDay } from '../srs';
import { answeredToday, deckWithSubDecks, toQueueCard } from './queue';
import { isStudiable, type KubecardsDb, type ScheduleRecord } from './schema';
import { keysWithTag } from './searchText';

// The queues of the sessions a learner asks for (review ahead, cram, a topic or a domain): loaded with such a session,
// not with every review (see useReviewSession).

/**
 * "Review ahead" for an exam: every learning and review card due in the next `days` days, soonest first, beyond the
 * daily limits. The answers are real reviews (FSRS takes the early review into account).
 */
export async function loadAheadQueue(
  db: KubecardsDb,
  deckId: string,
  days: number,
  now: number,
  day: StudyDay,
  limits: QueueLimits,
): Promise<Queue> {
  const until = now + days * 86_400_000;
  return db.transaction('r', db.schedule, db.reviewLog, db.decks, async () => {
    const deckIds = await deckWithSubDecks(db, deckId);
    const dueBy = (queue: CardState) =>
      Promise.all(
        deckIds.map((id) =>
          db.schedule.where('[deckId+queue+due]').between([id, queue, Dexie.minKey], [id, queue, until], true, true).toArray(),
        ),
      ).then((lists) => lists.flat());
    const [learning, relearning, reviews] = await Promise.all([
      dueBy(CardState.Learning),
      dueBy(CardState.Relearning),
      dueBy(CardState.Review),
    ]);
    return buildQueue({
      now: until,
      day,
      learning: [...learning, ...relearning].map(toQueueCard),
      reviews: reviews.map(toQueueCard),
      newCards: [],
      // Reviewing ahead on purpose: cards answered today are not held back as siblings.
      doneToday: { newCount: 0, reviewCount: 0, noteIds: new Set() },
      limits: { ...limits, reviewsPerDay: Number.POSITIVE_INFINITY },
    });
  });
}

/** Cards read at most for a cram session. */
const CRAM_LIMIT = 2000;

/**
 * Cramming: every studiable card of a topic, chapter or deck in note order, except those already crammed (and those
 * answered Again go last). Nothing here touches the schedule: the session keeps its answers in memory.
 */
export async function loadCramQueue(
  db: KubecardsDb,
  deckId: string,
  topic: string | undefined,
  done: ReadonlySet<string>,
  later: readonly string[],
  now: number,
): Promise<Queue> {
  const deckIds = await deckWithSubDecks(db, deckId);
  const rows = (
    await Promise.all(
      deckIds.map((id) =>
        (topic
          ? topic.includes('.')
            ? db.schedule.where('[deckId+topic]').equals([id, topic])
            : db.schedule.where('[deckId+topic]').between([id, `${topic}.`], [id, `${topic}.\uffff`])
          : db.schedule.where('deckId').equals(id)
        )
          .filter((s) => isStudiable(s, now) && !done.has(s.key))
          .limit(CRAM_LIMIT)
          .toArray(),
      ),
    )
  )
    .flat()
    .slice(0, CRAM_LIMIT);
  const rank = (key: string) => later.indexOf(key);
  const cards = rows.map(toQueueCard).sort((a, b) => rank(a.cardId) - rank(b.cardId) || a.ord - b.ord);
  return { cards, counts: { new: cards.length, learning: 0, review: 0 }, nextLearningDue: null };
}

/**
 * "Study this topic": every due card of one topic and all its new cards, whatever today's limits say (the learner asked
 * for them). Siblings are still buried.
 */
export async function loadTopicQueue(
  db: KubecardsDb,
  deckId: string,
  topic: string,
  now: number,
  day: StudyDay,
  limits: QueueLimits,
): Promise<Queue> {
  return db.transaction('r', db.schedule, db.reviewLog, db.searchText, db.decks, async () => {
    const deckIds = await deckWithSubDecks(db, deckId);
    // A topic (`2.3`), a whole chapter (`2`: every topic `2.*`), or a tag (`#cka-troubleshooting`, found in each deck's
    // search text: no card row is read).
    const rowsOf = async (id: string) => {
      const tagged = topic.startsWith('#') ? await keysWithTag(db, id, topic.slice(1)) : null;
      const rows = tagged
        ? db.schedule.where('key').anyOf(tagged)
        : topic.includes('.')
          ? db.schedule.where('[deckId+topic]').equals([id, topic])
          : db.schedule.where('[deckId+topic]').between([id, `${topic}.`], [id, `${topic}.\uffff`]);
      return rows.filter((s) => isStudiable(s, now)).toArray();
    };
    const [rows, doneToday] = await Promise.all([
      Promise.all(deckIds.map(rowsOf)).then((lists) => lists.flat()),
      answeredToday(db, deckIds, day),
    ]);
    const dueToday = (s: ScheduleRecord) => s.due < day.end;
    const learningStates: CardState[] = [CardState.Learning, CardState.Relearning];
    return buildQueue({
      now,
      day,
      learning: rows.filter((s) => learningStates.includes(s.state) && dueToday(s)).map(toQueueCard),
      reviews: rows.filter((s) => s.state === CardState.Review && dueToday(s)).map(toQueueCard),
      newCards: rows.filter((s) => s.state === CardState.New).map(toQueueCard),
      doneToday: { ...doneToday, newCount: 0, reviewCount: 0 },
      limits: { ...limits, newPerDay: Number.POSITIVE_INFINITY, reviewsPerDay: Number.POSITIVE_INFINITY },
    });
  });
}

/**
 * "Study this exam domain" (e.g. CKA troubleshooting): like a topic, every due card of the domain and all its new
 * cards, beyond today's limits. The domain is a tag of the built-in cards (from the notes' `domains` and competencies).
 */
export async function loadDomainQueue(
  db: KubecardsDb,
  deckId: string,
  domain: ExamDomain,
  now: number,
  day: StudyDay,
  limits: QueueLimits,
): Promise<Queue> {
  if (!isExamDomain(domain)) throw new Error(`unknown exam domain "${domain}"`);
  return loadTopicQueue(db, deckId, `#${domain}`, now, day, limits);
}
