import { type ActionUndo, type CardAction, dataGeneration } from '../db';
import type { CardSchedule } from '../model';
import { getDb } from './db';
import { syncSoon } from './sync/syncSoon';
import { command } from './writeCommand';

export type { CardAction };

/** What undoes an action: the stored record, and the copy of the data it was made in (read before the action). */
export type ActionUndoToken = ActionUndo & { generation: number };

/** Suspend, bury, flag, forget or reschedule one card as the screen showed it (refused if it changed since). */
export const applyCardAction = command(async (schedule: CardSchedule, action: CardAction, now: number): Promise<ActionUndoToken> => {
  const db = getDb();
  const generation = await dataGeneration(db);
  // Loaded on first use: the actions are not part of the review screen's first load.
  const { applyCardAction: apply } = await import('../db/cardActions');
  const undo = await apply(db, schedule.key, schedule.version, action, now);
  void syncSoon(db);
  return { ...undo, generation };
});

/** Does the card leave the review screen after this action (it no longer belongs in today's queue)? */
export const actionLeavesQueue = (action: CardAction) => action.type !== 'flag' && action.type !== 'unsuspend';
