/** English strings of reminders (app badge, daily notification, calendar event): shipped with the settings screen. */
export const enReminders = {
  'reminders.title': 'Reminders',
  'reminders.intro': 'Kubecards has no server: reminders come from your device. What each platform does:',
  'reminders.platform.chromium':
    'Installed with Chrome or Edge (Android, Windows, macOS, ChromeOS): the app icon shows the cards due today, and a notification can come when cards are due, at most one a day. The browser chooses the moment (about once a day, less often for an app you seldom open).',
  'reminders.platform.ios':
    'iPhone and iPad (added to the Home Screen, iOS 16.4 or later): the app icon shows the cards due, updated when you open the app. No notification in the background: use the calendar reminder.',
  'reminders.platform.other':
    'Firefox, Safari on a Mac, or Kubecards in a browser tab: no badge and no notification in the background. Use the calendar reminder.',
  'reminders.badge': 'Show the number of cards due today on the app icon (new cards are not counted)',
  'reminders.badge.unsupported': 'This browser has no app icon badge.',
  'reminders.notify': 'Notify me when cards are due (at most once a day)',
  'reminders.notify.on': 'Daily notification on.',
  'reminders.notify.off': 'Daily notification off.',
  'reminders.notify.denied': 'Notifications are blocked for Kubecards: allow them in the browser’s site settings, then try again.',
  'reminders.notify.unsupported': 'This browser cannot notify in the background. Use the calendar reminder.',
  'reminders.notify.notInstalled':
    'The browser sends background reminders only to the installed app: install Kubecards (Install, in these settings), then try again.',
  'reminders.notification.title': 'Kubecards: cards are due',
  'reminders.notification.body': 'Cards due today: {count}. Tap to review them.',
  'reminders.calendar': 'Calendar reminder (every platform)',
  'reminders.calendar.explain':
    'A daily event for your calendar app at the time you choose, with a link that opens the review screen. It needs no permission and works offline.',
  'reminders.time': 'Time of the daily reminder',
  'reminders.download': 'Download the calendar reminder (.ics)',
  'reminders.event.title': 'Review your Kubecards',
  'reminders.event.description': 'A few minutes of spaced repetition keep what you learned about Kubernetes.',
} as const;
