'use client';
import { getSetting, setSetting } from '../db';
import { dailyReminderIcs } from '../pwa/reminderIcs';
import { REMINDER_SYNC_INTERVAL_MS, REMINDER_SYNC_TAG } from '../pwa/reminderSync';
import { type ReminderSettings, readReminderSettings } from '../pwa/reminders';
import { hasAppBadge } from './appBadge';
import { getDb } from './db';
import { downloadText } from './download';
import { useLiveQuery } from './liveQuery';
import { command } from './writeCommand';

export { hasAppBadge, refreshAppBadge } from './appBadge';

/** The learner's reminders, live (defaults where unset); undefined until read. */
export const useReminderSettings = () => useLiveQuery(async () => readReminderSettings(await getSetting(getDb(), 'reminders')), []);

export const saveReminderSettings = command(async (settings: ReminderSettings) => {
  await setSetting(getDb(), 'reminders', readReminderSettings(settings));
  return true;
});

type PeriodicSyncManager = {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
};
const periodicSyncOf = (registration: ServiceWorkerRegistration) =>
  (registration as ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }).periodicSync;

/** What this browser can do for reminders: the settings screen says it plainly. */
export function reminderSupport() {
  const worker = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  return {
    badge: hasAppBadge(),
    notifications: typeof Notification !== 'undefined',
    periodicSync: worker && typeof ServiceWorkerRegistration !== 'undefined' && 'periodicSync' in ServiceWorkerRegistration.prototype,
  };
}

export type NotificationOutcome = 'on' | 'denied' | 'unsupported' | 'not-installed';

/**
 * Turns the daily notification on: checks that the browser would run a periodic sync (Chromium grants it only to an
 * installed app), asks for permission to notify (the learner just asked for notifications: the moment makes sense),
 * and registers the sync.
 */
export async function enableDailyNotification(): Promise<NotificationOutcome> {
  const support = reminderSupport();
  if (!support.notifications || !support.periodicSync) return 'unsupported';
  const registration = await navigator.serviceWorker.ready;
  const sync = periodicSyncOf(registration);
  if (!sync) return 'unsupported';
  // Asked first, without a prompt: no need to ask for notifications that could never be sent.
  const state = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName }).catch(() => null);
  if (state?.state !== 'granted') return 'not-installed';
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  await sync.register(REMINDER_SYNC_TAG, { minInterval: REMINDER_SYNC_INTERVAL_MS });
  return 'on';
}

export async function disableDailyNotification(): Promise<void> {
  if (!reminderSupport().periodicSync) return;
  const registration = await navigator.serviceWorker.getRegistration();
  if (registration) await periodicSyncOf(registration)?.unregister(REMINDER_SYNC_TAG);
}

/** Today's date (`YYYY-MM-DD`) on this device, or tomorrow's when `time` has passed today. */
function firstDay(time: string, now: Date): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const day = new Date(now);
  if (now.getHours() * 60 + now.getMinutes() >= hour * 60 + minute) day.setDate(day.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Downloads the daily calendar reminder (.ics) at the learner's local time, opening the review screen. */
export function downloadReminderIcs(time: string, words: { title: string; description: string }, now = new Date()): void {
  const url = new URL('/review', window.location.origin).href;
  const ics = dailyReminderIcs({ time, firstDay: firstDay(time, now), url, now: now.getTime(), ...words });
  downloadText('kubecards-reminder.ics', ics, 'text/calendar');
}
