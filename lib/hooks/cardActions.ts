import type { ActionUndo, CardAction } from '../db';
import type { CardSchedule } from '../model';
import { attempt, type Outcome } from './command';

export type { ActionUndo, CardAction };

/** Suspend, bury, flag, forget or reschedule one card as the screen showed it (refused if it changed since). */
export function applyCardAction(schedule: CardSchedule, action: CardAction, now: number): Promise<Outcome<ActionUndo>> {
  return attempt(async (db) => {
    // Loaded on first use: the actions are not part of the review screen's first load.
    const { applyCardAction: apply } = await import('../db/cardActions');
    return apply(db, schedule.key, schedule.version, action, now);
  });
}

/** Does the card leave the review screen after this action (it no longer belongs in today's queue)? */
export const actionLeavesQueue = (action: CardAction) => action.type !== 'flag' && action.type !== 'unsuspend';
