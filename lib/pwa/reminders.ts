// The learner's reminders (settings table, key `reminders`): read by the pages and by the service worker.

export interface ReminderSettings {
  /** Show the number of cards due on the app icon, where the browser has an app badge. */
  badge: boolean;
  /** At most one notification a day when cards are due (installed Chromium: Periodic Background Sync). */
  notify: boolean;
  /** The daily calendar reminder's local time, `HH:MM`. */
  time: string;
  /** The notification's words in the learner's language, written by the settings screen (the worker has no catalog). */
  text?: { title: string; body: string };
}

export const DEFAULT_REMINDERS: ReminderSettings = { badge: true, notify: false, time: '19:00' };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const isReminderTime = (time: unknown): time is string => typeof time === 'string' && TIME.test(time);

/** Stored reminders → valid ones (a missing or broken value is its default). */
export function readReminderSettings(stored: unknown): ReminderSettings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof ReminderSettings, unknown>>;
  const text = raw.text as ReminderSettings['text'] | undefined;
  return {
    badge: typeof raw.badge === 'boolean' ? raw.badge : DEFAULT_REMINDERS.badge,
    notify: typeof raw.notify === 'boolean' ? raw.notify : DEFAULT_REMINDERS.notify,
    time: isReminderTime(raw.time) ? raw.time : DEFAULT_REMINDERS.time,
    ...(typeof text?.title === 'string' && typeof text.body === 'string' ? { text: { title: text.title, body: text.body } } : {}),
  };
}
