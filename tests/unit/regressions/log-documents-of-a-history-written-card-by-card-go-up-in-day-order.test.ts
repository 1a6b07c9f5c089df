import { expect, it } from 'vitest';
import type { ReviewLogRecord } from '../../../lib/db';
import { logDocsOf } from '../../../lib/db/syncDocs';
import { newMemoryState } from '../../../lib/model';

// A history written card by card (an Anki import, the sync bench's collection) holds a card's answers in time order but
// not the log as a whole: documents made in the order their days first appear went up newest day first when the first
// card was answered later than the others. A fresh device pulling them over two batches then met older answers after
// newer ones of the same cards and rebuilt those cards after the pull (6,664 of 100k cards in the sync bench: 14 s).

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);

const row = (id: number, cardKey: string, day: number): ReviewLogRecord => ({
  id,
  gid: `d:${start + day * DAY}:${id}`,
  cardKey,
  deckId: 'deck',
  noteId: cardKey,
  rating: 3,
  review: start + day * DAY,
  durationMs: 1_000,
  before: newMemoryState(start),
  version: 1,
});

it('log documents go up in day order, whatever the order of the rows', () => {
  // Card a answered on days 5 and 9, then card b on days 1, 5 and 9 (local ids in that order).
  const rows = [row(1, 'a', 5), row(2, 'a', 9), row(3, 'b', 1), row(4, 'b', 5), row(5, 'b', 9)];
  const days = logDocsOf(rows, 'd', {}).map((doc) => doc._id.split(':')[2]);
  expect(days).toEqual(['2026-01-02', '2026-01-06', '2026-01-10']);
});
