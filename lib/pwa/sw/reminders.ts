/// <reference lib="webworker" />
// Reminders without a server: on installed Chromium, Periodic Background Sync wakes this worker about once a day (the
// browser decides when). It sets the app badge to the cards due and, when the learner opted in, shows at most one
// notification a study day while cards are due.
import { studyDay } from '../../srs/studyDay';
import { dueToday, openExistingDatabase } from '../dueCount';
import { REMINDER_SYNC_TAG } from '../reminderSync';

declare const self: ServiceWorkerGlobalScope;

/** Where the study day of the last notification is kept (the worker has no other storage of its own). */
const NOTIFIED_CACHE = 'kubecards-reminders';
const NOTIFIED_KEY = '/last-notification-day';

interface PeriodicSyncEvent extends ExtendableEvent {
  tag: string;
}

/** Badge and, at most once a study day, a notification. */
export async function remind(now: number): Promise<void> {
  const db = await openExistingDatabase();
  if (!db) return;
  let today: Awaited<ReturnType<typeof dueToday>>;
  try {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    today = await dueToday(db, (rolloverHour) => studyDay(now, timeZone, rolloverHour));
  } finally {
    db.close();
  }
  const { due, dayKey, reminders } = today;
  const badge = self.navigator as WorkerNavigator & { setAppBadge?(n: number): Promise<void>; clearAppBadge?(): Promise<void> };
  if (badge.setAppBadge && badge.clearAppBadge) await (reminders.badge && due > 0 ? badge.setAppBadge(due) : badge.clearAppBadge());
  if (!reminders.notify || !reminders.text || due === 0 || Notification.permission !== 'granted') return;
  const cache = await caches.open(NOTIFIED_CACHE);
  if ((await (await cache.match(NOTIFIED_KEY))?.text()) === dayKey) return;
  await self.registration.showNotification(reminders.text.title, {
    body: reminders.text.body.replace('{count}', String(due)),
    tag: REMINDER_SYNC_TAG,
    icon: '/icons/icon-192.png',
    data: { url: '/review' },
  });
  await cache.put(NOTIFIED_KEY, new Response(dayKey));
}

/** The worker's reminder listeners: the periodic sync, and a click on the notification. */
export function listenForReminders(): void {
  self.addEventListener('periodicsync', (event) => {
    const sync = event as PeriodicSyncEvent;
    if (sync.tag === REMINDER_SYNC_TAG) sync.waitUntil(remind(Date.now()));
  });
  // The notification opens the review screen: in a window of the app already open, else a new one.
  self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    event.waitUntil(
      (async () => {
        const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const open = windows[0];
        if (open) await (await open.navigate('/review'))?.focus();
        else await self.clients.openWindow('/review');
      })(),
    );
  });
}
