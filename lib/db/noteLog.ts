import type { KubecardsDb, ReviewLogRecord } from './records';

/**
 * An imported note's log rows, whether its cards are here or not (answers pulled before their note, or kept for it
 * while it was deleted). Its cards are `import/<noteId>#<facet>`, whatever their deck.
 */
export const importedNoteLog = (db: KubecardsDb, noteId: string): Promise<ReviewLogRecord[]> =>
  db.reviewLog
    .where('cardKey')
    .startsWith(`import/${noteId}#`)
    .filter((row) => row.noteId === noteId)
    .toArray();
