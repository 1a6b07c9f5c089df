import type { ActionUndo, CardAction } from '../db';
import type { CardSchedule } from '../model';
import { getDb } from './db';
import { command } from './writeCommand';

export type { ActionUndo, CardAction };

/** Suspend, bury, flag, forget or reschedule one card as the screen showed it (refused if it changed since). */
export const applyCardAction = command(async (schedule: CardSchedule, action: CardAction, now: number): Promise<ActionUndo> => {
  // Loaded on first use: the actions are not part of the review screen's first load.
  const { applyCardAction: apply } = await import('../db/cardActions');
  return apply(getDb(), schedule.key, schedule.version, action, now);
});

/** Does the card leave the review screen after this action (it no longer belongs in today's queue)? */
export const actionLeavesQueue = (action: CardAction) => action.type !== 'flag' && action.type !== 'unsuspend';
