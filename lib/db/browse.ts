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
 * the page shown. Schedule rows are read through the narrowest index (see browseReads.ts): windows of an ordered
 * index when the query allows, else a state's queues, a due range, a topic, or the whole deck.
 */
export async function browseCards(
  db: KubecardsDb,
  asked: BrowseQuery,
  now: number,
  decay = DEFAULT_DECAY,
): Promise<{ rows: BrowseRow[]; total: number }> {
  // A deck filter takes in the deck's sub-decks, as studying it does.
  const query = asked.deckId ? { ...asked, deckIds: await deckWithSubDecks(db, asked.deckId) } : asked;
  // Queries are one line: control characters (which separate cards and fields in the search text) become spaces.
  const text = query.text
    ?.replace(/\p{Cc}/gu, ' ')
    .trim()
    .toLowerCase();
  const limit = query.limit ?? 100;
  const byCard = Boolean(text || query.kind || query.tag);
  const bySchedule =
    Boolean(query.topic) ||
    query.state !== undefined ||
    hasDueRange(query) ||
    query.retrievabilityBelow !== undefined ||
    (query.sort ?? 'order') !== 'order';

  if (!bySchedule) {
    // Only the page shown is read: the search text holds every active card's key in note order.
    const { keys } = await cardKeys(db, query, text);
    return { rows: await rowsOf(db, keys.slice(0, limit), now, decay), total: keys.length };
  }
  if (!byCard && isWindowed(query)) {
    const { schedules, total } = await windowedSchedules(db, query, now, limit);
    return { rows: (await pageOf(db, schedules, query, now, decay, limit)).rows, total };
  }
  const found = byCard ? await cardKeys(db, query, text) : null;
  // Rows by key cost about three times as much as rows read in one range: many keys are found faster in the range.
  if (found && found.keys.length * 3 < found.outOf) return pageOf(db, await db.schedule.bulkGet(found.keys), query, now, decay, limit);
  const keys = found && new Set(found.keys);
  const schedules = await candidateSchedules(db, query, now);
  return pageOf(db, keys ? schedules.filter((s) => keys.has(s.key)) : schedules, query, now, decay, limit);
}

/** The matching rows among these, sorted: the first `limit` with their cards, and how many matched. */
async function pageOf(
  db: KubecardsDb,
  schedules: readonly (ScheduleRecord | undefined)[],
  query: BrowseQuery,
  now: number,
  decay: number,
  limit: number,
): Promise<{ rows: BrowseRow[]; total: number }> {
  const rows: Omit<BrowseRow, 'card'>[] = [];
  for (const schedule of schedules) {
    if (!schedule || !scheduleMatches(schedule, query, now)) continue;
    const r = retrievabilityNow(schedule, now, decay);
    if (query.retrievabilityBelow !== undefined && (r === null || r >= query.retrievabilityBelow)) continue;
    rows.push({ schedule, retrievability: r });
  }
  const by = SORT_KEY[query.sort ?? 'order'];
  rows.sort((a, b) => by(a.schedule) - by(b.schedule) || a.schedule.ord - b.schedule.ord);
  const page = rows.slice(0, limit);
  const cards = await db.cards.bulkGet(page.map((row) => row.schedule.key));
  return {
    rows: page.flatMap((row, i) => {
      const card = cards[i];
      return card ? [{ ...row, card }] : [];
    }),
    total: rows.length,
  };
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
