import { CardState, DEFAULT_DECAY } from '../model';
import { retrievability } from '../stats/aggregate';
import { type CardRecord, type KubecardsDb, Parked, type ScheduleRecord } from './schema';
import { findInSearchText } from './searchText';

export type BrowseState = 'new' | 'learning' | 'review' | 'suspended' | 'buried' | 'leech';
export type BrowseSort = 'order' | 'due' | 'interval' | 'difficulty' | 'lapses';

export interface BrowseQuery {
  text?: string;
  deckId?: string;
  topic?: string;
  tag?: string;
  kind?: string;
  state?: BrowseState;
  /** Due within this many days from now (negative: overdue by at least). */
  dueFromDays?: number;
  dueToDays?: number;
  /** Retrievability now below this (0–1). */
  retrievabilityBelow?: number;
  sort?: BrowseSort;
  limit?: number;
}

export interface BrowseRow {
  card: CardRecord;
  schedule: ScheduleRecord;
  retrievability: number | null;
}

const DAY = 86_400_000;

function stateMatches(s: ScheduleRecord, state: BrowseState): boolean {
  switch (state) {
    case 'new':
      return s.queue === CardState.New;
    case 'learning':
      return s.queue === CardState.Learning || s.queue === CardState.Relearning;
    case 'review':
      return s.queue === CardState.Review;
    case 'suspended':
      return s.queue === Parked.Suspended;
    case 'buried':
      return s.queue === Parked.Buried;
    case 'leech':
      return s.leech === 1;
  }
}

/**
 * The card browser's search. Text is found in each deck's search text (one record per deck, see searchText.ts); when
 * nothing else filters or sorts, only the page shown is read. Otherwise the matching cards (or, without text, all of
 * them) are filtered by deck, topic, tag and kind, their schedules read by key (state, due, retrievability), sorted,
 * and the first `limit` kept with the total count.
 */
export async function browseCards(
  db: KubecardsDb,
  query: BrowseQuery,
  now: number,
  decay = DEFAULT_DECAY,
): Promise<{ rows: BrowseRow[]; total: number }> {
  // Queries are one line: control characters (which separate cards and fields in the search text) become spaces.
  const text = query.text
    ?.replace(/\p{Cc}/gu, ' ')
    .trim()
    .toLowerCase();
  const limit = query.limit ?? 100;
  const byCard = Boolean(query.topic || query.kind || query.tag);
  const bySchedule =
    query.state !== undefined ||
    query.dueFromDays !== undefined ||
    query.dueToDays !== undefined ||
    query.retrievabilityBelow !== undefined ||
    (query.sort ?? 'order') !== 'order';

  let cards: CardRecord[];
  if (text) {
    const keys = await matchingKeys(db, text, query.deckId);
    if (!byCard && !bySchedule) return { rows: await rowsOf(db, keys.slice(0, limit), now, decay), total: keys.length };
    cards = (await db.cards.bulkGet(keys)).filter((c): c is CardRecord => c !== undefined);
  } else {
    cards = await (query.deckId ? db.cards.where('deckId').equals(query.deckId) : db.cards.toCollection())
      .filter((c) => c.retired === 0)
      .toArray();
  }
  cards = cards.filter(
    (c) =>
      (!query.topic || c.topic === query.topic || c.topic.startsWith(`${query.topic}.`)) &&
      (!query.kind || c.kind === query.kind) &&
      (!query.tag || c.tags.includes(query.tag)),
  );
  const schedules = await db.schedule.bulkGet(cards.map((c) => c.key));
  const rows: BrowseRow[] = [];
  cards.forEach((card, i) => {
    const schedule = schedules[i];
    if (!schedule) return;
    if (query.state && !stateMatches(schedule, query.state)) return;
    const dueDays = (schedule.due - now) / DAY;
    if (schedule.state !== CardState.New) {
      if (query.dueFromDays !== undefined && dueDays < query.dueFromDays) return;
      if (query.dueToDays !== undefined && dueDays > query.dueToDays) return;
    } else if (query.dueFromDays !== undefined || query.dueToDays !== undefined) return;
    const r = retrievabilityOf(schedule, now, decay);
    if (query.retrievabilityBelow !== undefined && (r === null || r >= query.retrievabilityBelow)) return;
    rows.push({ card, schedule, retrievability: r });
  });
  const key: Record<BrowseSort, (r: BrowseRow) => number> = {
    order: (r) => r.card.ord,
    due: (r) => (r.schedule.state === CardState.New ? Number.POSITIVE_INFINITY : r.schedule.due),
    interval: (r) => -r.schedule.scheduledDays,
    difficulty: (r) => -r.schedule.difficulty,
    lapses: (r) => -r.schedule.lapses,
  };
  const by = key[query.sort ?? 'order'];
  rows.sort((a, b) => by(a) - by(b) || a.card.ord - b.card.ord);
  return { rows: rows.slice(0, limit), total: rows.length };
}

/** Keys of the cards (of one deck, or all) whose text contains `text`, in note order. */
async function matchingKeys(db: KubecardsDb, text: string, deckId: string | undefined): Promise<string[]> {
  const records = deckId ? [await db.searchText.get(deckId)] : await db.searchText.toArray();
  const hits: { key: string; ord: number }[] = [];
  for (const record of records) {
    if (!record) continue;
    for (const i of findInSearchText(record, text)) hits.push({ key: record.keys[i] as string, ord: record.ords[i] as number });
  }
  if (records.length > 1) hits.sort((a, b) => a.ord - b.ord);
  return hits.map((hit) => hit.key);
}

/** Rows for these keys, in this order. */
async function rowsOf(db: KubecardsDb, keys: string[], now: number, decay: number): Promise<BrowseRow[]> {
  const [cards, schedules] = await Promise.all([db.cards.bulkGet(keys), db.schedule.bulkGet(keys)]);
  const rows: BrowseRow[] = [];
  cards.forEach((card, i) => {
    const schedule = schedules[i];
    if (card && schedule) rows.push({ card, schedule, retrievability: retrievabilityOf(schedule, now, decay) });
  });
  return rows;
}

const retrievabilityOf = (schedule: ScheduleRecord, now: number, decay: number) =>
  schedule.lastReview === null || schedule.state === CardState.New
    ? null
    : retrievability((now - schedule.lastReview) / DAY, schedule.stability, decay);
