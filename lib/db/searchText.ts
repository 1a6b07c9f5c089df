import type { Lang } from '../model';
import type { CardRecord, KubecardsDb, SearchTextRecord } from './records';

/** Between the fields of one card: never in a query, so no match spans two fields. */
const FIELD = '\u0002';

const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** All the card's text in both languages, lower case, for the text filter of the card browser. */
function cardText(card: CardRecord): string {
  const parts: string[] = [card.id];
  // Content values are strings, or lists of them (procedure steps, diagnose distractors).
  for (const lang of ['en', 'zh'] as Lang[]) parts.push(...Object.values(card.content[lang] as Record<string, unknown>).flatMap(texts));
  if (card.kind === 'command') parts.push(card.answer, ...card.accept);
  if (card.kind === 'procedure') parts.push(...card.commands.flatMap((c) => (c ? [c.command, ...c.accept] : [])));
  if (card.kind === 'diagnose') parts.push(card.output, ...(card.fix ? [card.fix.command, ...card.fix.accept] : []));
  if (card.kind === 'object') parts.push(card.objectKind, card.apiVersion, ...card.shortNames);
  if (card.kind === 'component') parts.push(card.name);
  return parts.join(FIELD).replace(/\n/g, ' ').toLowerCase();
}

/** One card's part of its deck's search text. */
interface SearchEntry {
  key: string;
  ord: number;
  text: string;
  kind: string;
  tags: string[];
}

/**
 * The search text of decks, taken card by card: a restore hands each card over as it streams by instead of reading
 * every card back at the end. Retired cards are left out (the browser never shows them); a deck of retired cards only
 * still gets its (empty) record.
 */
export class SearchTextBuilder {
  private readonly decks = new Map<string, SearchEntry[]>();

  add(card: CardRecord): void {
    let entries = this.decks.get(card.deckId);
    if (!entries) {
      entries = [];
      this.decks.set(card.deckId, entries);
    }
    if (card.retired === 0) entries.push(entryOf(card));
  }

  records(): SearchTextRecord[] {
    return [...this.decks].map(([deckId, entries]) => recordOf(deckId, entries));
  }
}

const entryOf = (card: CardRecord): SearchEntry => ({
  key: card.key,
  ord: card.ord,
  text: `${cardText(card)}\n`,
  kind: card.kind,
  tags: card.tags,
});

function recordOf(deckId: string, entries: SearchEntry[]): SearchTextRecord {
  const active = entries.sort((a, b) => a.ord - b.ord);
  const starts = new Int32Array(active.length + 1);
  let at = 0;
  active.forEach((entry, i) => {
    starts[i] = at;
    at += entry.text.length;
  });
  starts[active.length] = at;
  return {
    deckId,
    keys: active.map((e) => e.key),
    ords: Int32Array.from(active, (e) => e.ord),
    starts,
    text: active.map((e) => e.text).join(''),
    kinds: active.map((e) => e.kind),
    tags: active.map((e) => e.tags),
  };
}

/** The record of a deck's cards; retired cards are left out (the browser never shows them). */
export function searchTextOf(deckId: string, cards: readonly CardRecord[]): SearchTextRecord {
  return recordOf(deckId, cards.filter((card) => card.retired === 0).map(entryOf));
}

/** The records of all decks these cards belong to. */
export function searchTextsOf(cards: readonly CardRecord[]): SearchTextRecord[] {
  const builder = new SearchTextBuilder();
  for (const card of cards) builder.add(card);
  return builder.records();
}

/** Indexes (in note order) of the cards whose text contains `query` (lower case, one line). */
export function findInSearchText(record: SearchTextRecord, query: string): number[] {
  const found: number[] = [];
  let card = 0;
  for (let at = record.text.indexOf(query); at >= 0; ) {
    // The card holding this match: the last start at or before it (starts ascend, so search from the last hit on).
    let low = card;
    let high = record.starts.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((record.starts[mid] as number) <= at) low = mid;
      else high = mid - 1;
    }
    found.push(low);
    card = low + 1;
    // Further matches in the same card add nothing: go on from the next card.
    at = card < record.starts.length - 1 ? record.text.indexOf(query, record.starts[card]) : -1;
  }
  return found;
}

/** Rebuilds the search text of these decks from their cards. Call inside the transaction that wrote the cards. */
export async function refreshSearchText(db: KubecardsDb, deckIds: Iterable<string>): Promise<void> {
  for (const deckId of new Set(deckIds)) {
    const cards = await db.cards.where('deckId').equals(deckId).toArray();
    if (cards.length === 0) await db.searchText.delete(deckId);
    else await db.searchText.put(searchTextOf(deckId, cards));
  }
}

/** Keys of a deck's active cards that carry this tag, from its search text (no card row is read). */
export async function keysWithTag(db: KubecardsDb, deckId: string, tag: string): Promise<string[]> {
  const record = await db.searchText.get(deckId);
  return record ? record.keys.filter((_, i) => record.tags[i]?.includes(tag)) : [];
}
