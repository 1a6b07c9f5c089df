import { type ActionUndo, dataGeneration, type KubecardsDb } from '../db';
import { applyCardAction, undoCardAction } from '../db/cardActions';
import { answerCard, undoAnswer } from '../db/reviews';
import type { CardSchedule } from '../model';
import { requestPersistence } from '../pwa';
import type { Scheduler, StudySettings } from '../srs';
import type { SessionCommand } from '../srs/session';
import { startAppBadge } from './startAppBadge';
import { today } from './studySettings';
import { syncSoon } from './sync/syncSoon';

// The review session's writes, loaded with the first of them (see useReviewSession's writer).

/**
 * What a committed write leaves for undo: the answer's log row, or the action's undo record; and the copy of the data
 * it was made in (an undo in another copy, restored since, is refused).
 */
export type UndoToken = ({ kind: 'answer'; logId: number } | { kind: 'action'; undo: ActionUndo }) & { generation: number };

/** What the writes need besides the commands: the scheduler (answers wait for it) and the settings. */
export interface WriteContext {
  scheduler: Scheduler | null;
  settings: StudySettings;
}

/** Makes one write of the session, in its own transaction; what it returns is what the reducer is told. */
export async function runCommand(
  db: KubecardsDb,
  command: SessionCommand,
  { scheduler, settings, tokens }: WriteContext & { scheduler: Scheduler; tokens: Readonly<Record<number, unknown>> },
): Promise<{ token?: UndoToken; schedule?: CardSchedule }> {
  const { key, version } = command.card.schedule;
  // The copy of the data the write is made in, read before it: if a restore replaces the data meanwhile, an undo is
  // refused rather than let loose on the restored copy.
  const generation = command.type === 'undo' ? 0 : await dataGeneration(db);
  switch (command.type) {
    case 'answer': {
      const day = today(command.at, settings.rolloverHour);
      const log = await answerCard(
        db,
        scheduler,
        {
          cardKey: key,
          shownVersion: version,
          rating: command.rating,
          now: command.at,
          durationMs: command.durationMs,
          day: day.key,
          ...(command.burySiblings ? { burySiblingsUntil: day.end } : {}),
        },
        { threshold: settings.leechThreshold, action: settings.leechAction },
      );
      // Now there is something to lose: ask the browser not to evict it (once per page); and to sync it soon.
      void requestPersistence();
      // The app icon's badge follows the cards due from now on (on a page opened straight on the review).
      startAppBadge();
      void syncSoon(db);
      return { token: { kind: 'answer', logId: log.id as number, generation } };
    }
    case 'set-aside': {
      const until = today(command.at, settings.rolloverHour).end;
      const action = command.how === 'bury' ? { type: 'bury' as const, until } : { type: 'suspend' as const };
      const undo = await applyCardAction(db, key, version, action, command.at);
      void syncSoon(db);
      return { token: { kind: 'action', undo, generation } };
    }
    case 'undo': {
      const token = tokens[command.target] as UndoToken | undefined;
      if (token === undefined) throw new Error(`nothing to undo for write ${command.target}`);
      const schedule =
        token.kind === 'answer'
          ? await undoAnswer(db, token.logId, token.generation, command.at)
          : await undoCardAction(db, token.undo, token.generation, command.at);
      void syncSoon(db);
      return { schedule };
    }
  }
}
