import type { Lang } from '../model';
import type { CardRecord, KubecardsDb, ReviewLogRecord, ScheduleRecord } from './schema';

/** What the spreadsheet exports read: every card still in the notes with its schedule and deck name, and the log. */
export async function readSpreadsheetSource(
  db: KubecardsDb,
  lang: Lang,
): Promise<{
  rows: { deck: string; card: CardRecord; schedule: ScheduleRecord }[];
  log: ReviewLogRecord[];
  deckNames: Map<string, string>;
}> {
  return db.transaction('r', [db.decks, db.cards, db.schedule, db.reviewLog], async () => {
    const deckNames = new Map((await db.decks.toArray()).map((d) => [d.id, d.name[lang]]));
    const schedules = new Map((await db.schedule.toArray()).map((s) => [s.key, s]));
    const rows = (await db.cards.toArray()).flatMap((card) => {
      const schedule = schedules.get(card.key);
      return card.retired === 0 && schedule ? [{ deck: deckNames.get(card.deckId) ?? card.deckId, card, schedule }] : [];
    });
    return { rows, log: await db.reviewLog.toArray(), deckNames };
  });
}
