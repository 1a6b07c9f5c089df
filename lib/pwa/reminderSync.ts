/** The Periodic Background Sync registration (and notification tag) of the daily reminder. */
export const REMINDER_SYNC_TAG = 'kubecards-due-cards';
/** Asked of the browser; it runs the sync at most this often, and less for sites the learner seldom opens. */
export const REMINDER_SYNC_INTERVAL_MS = 12 * 60 * 60 * 1000;
