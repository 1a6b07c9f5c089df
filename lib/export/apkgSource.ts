import type { KubecardsDb } from '../db';
import { inHistory } from '../db/logHistory';
import type { Lang } from '../model';
import type { ApkgSource } from './apkg';

/**
 * What an Anki export of some decks (or all) reads, in one read transaction: the decks' names, their cards still in
 * the notes, the media they use and, with `retention`, their schedules and review log.
 */
export async function readApkgSource(
  db: KubecardsDb,
  deckIds: readonly string[] | 'all',
  lang: Lang,
  history: { retention: number } | null,
): Promise<ApkgSource> {
  return db.transaction('r', [db.decks, db.cards, db.schedule, db.reviewLog, db.media], async () => {
    const decks = deckIds === 'all' ? await db.decks.toArray() : (await db.decks.bulkGet([...deckIds])).filter((d) => d !== undefined);
    const ids = decks.map((d) => d.id);
    const cards = (await db.cards.where('deckId').anyOf(ids).toArray()).filter((c) => c.retired === 0);
    const media = await db.media.toArray();
    const source: ApkgSource = { decks: decks.map((d) => ({ id: d.id, name: d.name[lang] })), cards, media };
    if (!history) return source;
    const keys = new Set(cards.map((c) => c.key));
    const schedule = (await db.schedule.where('deckId').anyOf(ids).toArray()).filter((s) => keys.has(s.key));
    const reviewLog = (
      await db.reviewLog
        .where('cardKey')
        .anyOf([...keys])
        .toArray()
    ).filter((r) => keys.has(r.cardKey) && inHistory(r));
    return { ...source, history: { schedule, reviewLog, retention: history.retention } };
  });
}
