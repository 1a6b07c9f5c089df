import { DEFAULT_DECAY } from '../model';
import { retrievabilityNow } from '../stats/aggregate';
import { type BrowseQuery, hasDueRange, SORT_KEY, scheduleMatches } from './browseQuery';
import { candidateSchedules, cardKeys, isWindowed, windowedSchedules } from './browseReads';
import { deckWithSubDecks } from './queue';
import type { CardRecord, KubecardsDb, ScheduleRecord } from './schema';

export type { BrowseQuery, BrowseSort, BrowseState } from './browseQuery';

export interface BrowseRow {
  card: CardRecord;
  schedule: ScheduleRecord;
  retrievability: number | null;
}

/**
 * The card browser's search. Text, kind and tag are decided on each deck's search text (one record per deck, see
 * searchText.ts), everything else on schedule rows; card rows, large with both languages' content, are read only for
 * the page shown. Schedule rows come from `memory` (the browser's copy of every row, see browseCache.ts) when given,
 * else through the narrowest index (see browseReads.ts): windows of an ordered index when the query allows, else a
 * state's queues, a due range, a topic, or the whole deck.
 */
export async function browseCards(
  db: KubecardsDb,
  asked: BrowseQuery,
  now: number,
  decay = DEFAULT_DECAY,
  memory?: readonly ScheduleRecord[],
): Promise<{ rows: BrowseRow[]; total: number }> {
  // A deck filter takes in the deck's sub-decks, as studying it does.
  const query = asked.deckId ? { ...asked, deckIds: await deckWithSubDecks(db, asked.deckId) } : asked;
  const text = searchTextOf(query);
  const limit = query.limit ?? 100;
  if (!readsSchedules(query)) {
    // Only the page shown is read: the search text holds every active card's key in note order.
    const { keys } = await cardKeys(db, query, text);
    return { rows: await rowsOf(db, keys.slice(0, limit), now, decay), total: keys.length };
  }
  if (!memory && !readsCards(query, text) && isWindowed(query)) {
    const { schedules, total } = await windowedSchedules(db, query, now, limit);
    const matched = matching(schedules, query, now, decay);
    return { rows: await withCards(db, matched.slice(0, limit), now, decay), total };
  }
  const matched = matching(await schedulesToFilter(db, query, text, now, memory), query, now, decay);
  return { rows: await withCards(db, matched.slice(0, limit), now, decay), total: matched.length };
}

/** The keys of every card the query finds, in its order (for "select all matching"). */
export async function browseKeys(
  db: KubecardsDb,
  query: BrowseQuery,
  now: number,
  decay = DEFAULT_DECAY,
  memory?: readonly ScheduleRecord[],
): Promise<string[]> {
  const text = searchTextOf(query);
  if (!readsSchedules(query)) return (await cardKeys(db, query, text)).keys;
  return matching(await schedulesToFilter(db, query, text, now, memory), query, now, decay).map((schedule) => schedule.key);
}

// Queries are one line: control characters (which separate cards and fields in the search text) become spaces.
const searchTextOf = (query: BrowseQuery) =>
  query.text
    ?.replace(/\p{Cc}/gu, ' ')
    .trim()
    .toLowerCase() || undefined;

const readsCards = (query: BrowseQuery, text: string | undefined) => Boolean(text || query.kind || query.tag);
const readsSchedules = (query: BrowseQuery) =>
  Boolean(query.topic) ||
  query.state !== undefined ||
  hasDueRange(query) ||
  query.retrievabilityBelow !== undefined ||
  query.descending === true ||
  (query.sort ?? 'order') !== 'order';

/** Schedule rows among which the answer is (scheduleMatches decides): the cards found by text, kind and tag, if any. */
async function schedulesToFilter(
  db: KubecardsDb,
  query: BrowseQuery,
  text: string | undefined,
  now: number,
  memory: readonly ScheduleRecord[] | undefined,
): Promise<readonly (ScheduleRecord | undefined)[]> {
  const found = readsCards(query, text) ? await cardKeys(db, query, text) : null;
  if (memory) {
    if (!found) return memory;
    const keys = new Set(found.keys);
    return memory.filter((s) => keys.has(s.key));
  }
  // Rows by key cost about three times as much as rows read in one range: many keys are found faster in the range.
  if (found && found.keys.length * 3 < found.outOf) return db.schedule.bulkGet(found.keys);
  const keys = found && new Set(found.keys);
  const schedules = await candidateSchedules(db, query, now);
  return keys ? schedules.filter((s) => keys.has(s.key)) : schedules;
}

/**
 * The rows among these that pass every filter, sorted. Recall is computed only when the query filters by it (a power
 * per row), and each row's sort key once: at 100k rows this is most of the query's time.
 */
function matching(schedules: readonly (ScheduleRecord | undefined)[], query: BrowseQuery, now: number, decay: number): ScheduleRecord[] {
  const below = query.retrievabilityBelow;
  const rows: ScheduleRecord[] = [];
  for (const schedule of schedules) {
    if (!schedule || !scheduleMatches(schedule, query, now)) continue;
    if (below !== undefined) {
      const r = retrievabilityNow(schedule, now, decay);
      if (r === null || r >= below) continue;
    }
    rows.push(schedule);
  }
  const by = SORT_KEY[query.sort ?? 'order'];
  const sign = query.descending ? -1 : 1;
  const sorted = rows.map((s) => ({ s, key: sign * by(s) }));
  sorted.sort((a, b) => a.key - b.key || a.s.ord - b.s.ord);
  return sorted.map(({ s }) => s);
}

/** These rows with their cards and recall now. */
async function withCards(db: KubecardsDb, page: ScheduleRecord[], now: number, decay: number): Promise<BrowseRow[]> {
  const cards = await db.cards.bulkGet(page.map((schedule) => schedule.key));
  return page.flatMap((schedule, i) => {
    const card = cards[i];
    return card ? [{ card, schedule, retrievability: retrievabilityNow(schedule, now, decay) }] : [];
  });
}

/** Rows for these keys, in this order. */
async function rowsOf(db: KubecardsDb, keys: string[], now: number, decay: number): Promise<BrowseRow[]> {
  const [cards, schedules] = await Promise.all([db.cards.bulkGet(keys), db.schedule.bulkGet(keys)]);
  const rows: BrowseRow[] = [];
  cards.forEach((card, i) => {
    const schedule = schedules[i];
    if (card && schedule) rows.push({ card, schedule, retrievability: retrievabilityNow(schedule, now, decay) });
  });
  return rows;
}
