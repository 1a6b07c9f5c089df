import { CardState } from '../model';
import { ALL_QUEUES, type BrowseQuery, dueRange, hasDueRange, QUEUES_OF, STUDIED_QUEUES, scheduleMatches } from './browseQuery';
import type { KubecardsDb, ScheduleRecord } from './schema';
import { findInSearchText } from './searchText';

// How the card browser reads: through the search text and the schedule's indexes, never every card row.

const deckIds = async (db: KubecardsDb, query: BrowseQuery) =>
  query.deckIds ?? (query.deckId ? [query.deckId] : ((await db.decks.toCollection().primaryKeys()) as string[]));

/**
 * Keys of the active cards (of one deck, or all) with this text, kind and tag, in note order, read from the search
 * text; and how many active cards they were found among.
 */
export async function cardKeys(db: KubecardsDb, query: BrowseQuery, text: string | undefined): Promise<{ keys: string[]; outOf: number }> {
  const records = query.deckId ? await db.searchText.bulkGet([...(await deckIds(db, query))]) : await db.searchText.toArray();
  const hits: { key: string; ord: number }[] = [];
  let outOf = 0;
  for (const record of records) {
    if (!record) continue;
    outOf += record.keys.length;
    const found = text ? findInSearchText(record, text) : record.keys.map((_, i) => i);
    for (const i of found)
      if ((!query.kind || record.kinds[i] === query.kind) && (!query.tag || record.tags[i]?.includes(query.tag)))
        hits.push({ key: record.keys[i] as string, ord: record.ords[i] as number });
  }
  if (records.length > 1) hits.sort((a, b) => a.ord - b.ord);
  return { keys: hits.map((hit) => hit.key), outOf };
}

/**
 * Schedule rows that may match, read through the narrowest index: a superset of the answer (scheduleMatches decides).
 * A state is one or two queues; a due range or a recall filter, the studied queues (between two times); a topic, its
 * range of topics.
 */
export async function candidateSchedules(db: KubecardsDb, query: BrowseQuery, now: number): Promise<ScheduleRecord[]> {
  const [from, to] = dueRange(query, now);
  // New cards have no due time and no recall: a due range or a recall filter reads only the studied queues.
  const studiedOnly = hasDueRange(query) || query.retrievabilityBelow !== undefined;
  const queues = query.state && query.state !== 'leech' ? QUEUES_OF[query.state] : studiedOnly ? STUDIED_QUEUES : null;
  const reads = (await deckIds(db, query)).flatMap((deck) => {
    if (queues)
      return queues.map((queue) =>
        db.schedule.where('[deckId+queue+due]').between([deck, queue, from], [deck, queue, to], true, true).toArray(),
      );
    if (query.topic)
      // Every topic equal to this one or under it (`2` → `2`, `2.3`, `2.10`); a few others may fall in between.
      return [
        db.schedule
          .where('[deckId+topic]')
          .between([deck, query.topic], [deck, `${query.topic}.\uffff`], true, true)
          .toArray(),
      ];
    return [db.schedule.where('deckId').equals(deck).toArray()];
  });
  return (await Promise.all(reads)).flat();
}

/**
 * Can the page be read as windows of ordered indexes? Yes when every filter is a queue or a due range and the order
 * is the index's own: due, or note order without a due range.
 */
export const isWindowed = (query: BrowseQuery) =>
  !query.topic &&
  !query.descending &&
  query.retrievabilityBelow === undefined &&
  query.state !== 'leech' &&
  (query.sort === 'due' || ((query.sort ?? 'order') === 'order' && !hasDueRange(query)));

/**
 * The first `limit` matches of every queue (and deck) in the query's order, with each queue's count: the page is among
 * them, and the total is the sum, without reading the rest. Parked queues are small and mix new and studied cards,
 * so they are read whole.
 */
export async function windowedSchedules(
  db: KubecardsDb,
  query: BrowseQuery,
  now: number,
  limit: number,
): Promise<{ schedules: ScheduleRecord[]; total: number }> {
  const [from, to] = dueRange(query, now);
  const queues = query.state && query.state !== 'leech' ? QUEUES_OF[query.state] : hasDueRange(query) ? STUDIED_QUEUES : ALL_QUEUES;
  const byDue = (deck: string, queue: number) =>
    db.schedule.where('[deckId+queue+due]').between([deck, queue, from], [deck, queue, to], true, true);

  async function windowOf(deck: string, queue: number): Promise<{ rows: ScheduleRecord[]; count: number }> {
    if (queue < 0) {
      const rows = (await byDue(deck, queue).toArray()).filter((s) => scheduleMatches(s, query, now));
      return { rows, count: rows.length };
    }
    if (queue === CardState.New && hasDueRange(query)) return { rows: [], count: 0 };
    if (query.sort === 'due' && queue !== CardState.New) {
      // Two collections: Dexie's limit() changes the collection it is called on.
      const [count, rows] = await Promise.all([byDue(deck, queue).count(), byDue(deck, queue).limit(limit).toArray()]);
      const last = rows.at(-1);
      if (!last || rows.length < limit) return { rows, count };
      // Cards due at the same instant as the window's last go in note order, not key order: all of them may be next.
      const seen = new Set(rows.map((s) => s.key));
      const ties = await db.schedule.where('[deckId+queue+due]').equals([deck, queue, last.due]).toArray();
      return { rows: [...rows, ...ties.filter((s) => !seen.has(s.key))], count };
    }
    // Note order: every queue under 'order', and new cards under 'due' (having no due time, they go last, in order).
    const byOrder = () => db.schedule.where('[deckId+queue+ord]').between([deck, queue, -Infinity], [deck, queue, Infinity], true, true);
    const [count, rows] = await Promise.all([byOrder().count(), byOrder().limit(limit).toArray()]);
    return { rows, count };
  }

  const windows = await Promise.all((await deckIds(db, query)).flatMap((deck) => queues.map((queue) => windowOf(deck, queue))));
  return { schedules: windows.flatMap((w) => w.rows), total: windows.reduce((sum, w) => sum + w.count, 0) };
}
