import { type DeckArtifact, newMemoryState } from '../model';
import { type CardRecord, cardKey, type KubecardsDb, type ScheduleRecord } from './schema';
import { searchTextOf } from './searchText';

export interface SyncSummary {
  added: number;
  updated: number;
  retired: number;
  unchanged: number;
}

/**
 * Brings the stored built-in deck up to the artifact, in one transaction: new cards are added (as new),
 * edited cards updated in place, removed cards retired. Schedules and the review log are never deleted.
 * With `onlyIfAbsent` (a first visit's partial deck), nothing is written when the deck is already stored: the check
 * is inside the transaction, so another tab's whole deck written meanwhile is never overwritten by a part of it.
 */
export async function syncDeck(
  db: KubecardsDb,
  deck: DeckArtifact,
  now: number,
  { onlyIfAbsent = false } = {},
): Promise<SyncSummary | null> {
  return db.transaction('rw', [db.decks, db.cards, db.schedule, db.searchText], async () => {
    const stored = await db.decks.get(deck.deckId);
    if (stored?.hash === deck.hash || (onlyIfAbsent && stored)) return null;

    const existing = new Map((await db.cards.where('deckId').equals(deck.deckId).toArray()).map((c) => [c.key, c]));
    const schedules = new Map((await db.schedule.where('deckId').equals(deck.deckId).toArray()).map((s) => [s.key, s]));
    const summary: SyncSummary = { added: 0, updated: 0, retired: 0, unchanged: 0 };
    const cardWrites: CardRecord[] = [];
    const scheduleWrites: ScheduleRecord[] = [];
    const current: CardRecord[] = [];

    for (const card of deck.cards) {
      const key = cardKey(deck.deckId, card.id);
      const record: CardRecord = { ...card, key, deckId: deck.deckId, retired: 0 };
      current.push(record);
      const before = existing.get(key);
      existing.delete(key);
      if (before && JSON.stringify(before) === JSON.stringify(record)) summary.unchanged++;
      else {
        summary[before ? 'updated' : 'added']++;
        cardWrites.push(record);
      }

      const schedule = schedules.get(key);
      if (!schedule) {
        scheduleWrites.push({
          ...newMemoryState(now),
          key,
          deckId: deck.deckId,
          noteId: card.noteId,
          topic: card.topic,
          ord: card.ord,
          active: 1,
          version: 0,
        });
      } else if (schedule.ord !== card.ord || schedule.active !== 1 || schedule.noteId !== card.noteId || schedule.topic !== card.topic) {
        // Where the card sits in the notes changed: its place in the queue follows; its memory state does not.
        scheduleWrites.push({
          ...schedule,
          ord: card.ord,
          noteId: card.noteId,
          topic: card.topic,
          active: 1,
          version: schedule.version + 1,
        });
      }
    }
    for (const gone of existing.values()) {
      if (gone.retired === 1) continue;
      summary.retired++;
      cardWrites.push({ ...gone, retired: 1 });
      const schedule = schedules.get(gone.key);
      if (schedule) scheduleWrites.push({ ...schedule, active: 0, version: schedule.version + 1 });
    }
    await db.cards.bulkPut(cardWrites);
    await db.schedule.bulkPut(scheduleWrites);
    await db.searchText.put(searchTextOf(deck.deckId, current));
    await db.decks.put({ id: deck.deckId, name: deck.name, source: 'builtin', hash: deck.hash, updatedAt: now });
    return summary;
  });
}
