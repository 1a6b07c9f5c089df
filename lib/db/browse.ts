import type { Lang } from '../model';
import { CardState } from '../model';
import { retrievability } from '../stats/aggregate';
import { type CardRecord, type KubecardsDb, Parked, type ScheduleRecord } from './schema';

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

/** All the card's text in both languages, for the text filter. */
function cardText(card: CardRecord): string {
  const parts: string[] = [card.id];
  for (const lang of ['en', 'zh'] as Lang[])
    parts.push(
      ...Object.values(card.content[lang] as Record<string, string | undefined>).filter((v): v is string => typeof v === 'string'),
    );
  if (card.kind === 'command') parts.push(card.answer, ...card.accept);
  if (card.kind === 'object') parts.push(card.objectKind, card.apiVersion, ...card.shortNames);
  if (card.kind === 'component') parts.push(card.name);
  return parts.join('\n').toLowerCase();
}

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
 * The card browser's search: one pass over the cards (text, deck, topic, tag, kind), their schedules read by key
 * (state, due, retrievability), sorted, the first `limit` kept with the total count.
 */
export async function browseCards(db: KubecardsDb, query: BrowseQuery, now: number): Promise<{ rows: BrowseRow[]; total: number }> {
  const text = query.text?.trim().toLowerCase();
  const cards = await (query.deckId ? db.cards.where('deckId').equals(query.deckId) : db.cards.toCollection())
    .filter(
      (c) =>
        c.retired === 0 &&
        (!query.topic || c.topic === query.topic || c.topic.startsWith(`${query.topic}.`)) &&
        (!query.kind || c.kind === query.kind) &&
        (!query.tag || c.tags.includes(query.tag)) &&
        (!text || cardText(c).includes(text)),
    )
    .toArray();
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
    const r =
      schedule.lastReview === null || schedule.state === CardState.New
        ? null
        : retrievability((now - schedule.lastReview) / DAY, schedule.stability);
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
  return { rows: rows.slice(0, query.limit ?? 100), total: rows.length };
}
