import Dexie from 'dexie';
import { CardState } from '../model';
import { activeCardCount } from './decks';
import { inHistory } from './logHistory';
import type { CardRecord, DeckRecord, KubecardsDb, ReviewLogRecord, ScheduleRecord } from './records';

/** Named reads for the screens: each screen's data comes from one of these (through a hook), never a query of its own. */

/** One deck and how many of its cards are not retired; `deck` is undefined when there is no such deck. */
export async function readDeck(db: KubecardsDb, deckId: string): Promise<{ deck: DeckRecord | undefined; cards: number }> {
  const [deck, cards] = await Promise.all([db.decks.get(deckId), activeCardCount(db, deckId)]);
  return { deck, cards };
}

/** Every deck. */
export const readDecks = (db: KubecardsDb): Promise<DeckRecord[]> => db.decks.toArray();

/** A deck's cards that are not retired, for an export. */
export const readDeckCards = (db: KubecardsDb, deckId: string): Promise<CardRecord[]> =>
  db.cards
    .where('deckId')
    .equals(deckId)
    .filter((c) => c.retired === 0)
    .toArray();

/** One card with its schedule and every answer to it, oldest first. */
export async function readCardDetail(
  db: KubecardsDb,
  key: string,
): Promise<{ card: CardRecord | undefined; schedule: ScheduleRecord | undefined; history: ReviewLogRecord[] }> {
  const [card, schedule, history] = await Promise.all([
    db.cards.get(key),
    db.schedule.get(key),
    db.reviewLog.where('cardKey').equals(key).sortBy('review'),
  ]);
  return { card, schedule, history: history.filter(inHistory) };
}

/** The stored schedule of some cards, by key (missing cards left out). */
export async function readSchedules(db: KubecardsDb, keys: readonly string[]): Promise<Map<string, ScheduleRecord>> {
  const rows = await db.schedule.bulkGet([...keys]);
  return new Map(rows.filter((row): row is ScheduleRecord => row !== undefined).map((row) => [row.key, row]));
}

/** The stability of every card in review, read through the queue index: what the workload estimate needs. */
export async function readReviewStabilities(db: KubecardsDb): Promise<number[]> {
  const decks = await db.decks.toCollection().primaryKeys();
  const rows = await Promise.all(
    decks.map((d) =>
      db.schedule.where('[deckId+queue+due]').between([d, CardState.Review, Dexie.minKey], [d, CardState.Review, Dexie.maxKey]).toArray(),
    ),
  );
  return rows.flat().map((s) => s.stability);
}
