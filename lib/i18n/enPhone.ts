/**
 * English strings of one-handed review (the progress bar, timer, bottom bar and swipes), the end-of-session summary
 * and this device's review settings: they load with those parts, after the first card.
 */
export const enPhone = {
  'assist.progress': 'Session progress',
  'assist.done': '{done} of {total} done',
  'assist.left': 'about {minutes} min left',
  'assist.timer': 'Time on this card',
  'assist.seconds': '{seconds} s',
  'assist.bar': 'Review controls',
  'assist.home': 'Decks',
  'summary.title': 'Today in this deck',
  'summary.cards': 'Cards studied',
  'summary.time': 'Time',
  'summary.minutes': '{minutes} min',
  'summary.retention': 'Remembered (review cards)',
  'summary.retentionNone': 'no review cards yet',
  'summary.dueTomorrow': 'Due by tomorrow',
  'prefs.title': 'Review on this device',
  'prefs.explain': 'These apply to this device only: a phone can swipe while a laptop uses the keys.',
  'prefs.gestures': 'Tap the card to show the answer, swipe it to rate',
  'prefs.swipeLeft': 'Swipe left',
  'prefs.swipeRight': 'Swipe right',
  'prefs.timer': 'Show the answer timer',
  'prefs.fontSize': 'Card text size',
  'prefs.font.small': 'Small',
  'prefs.font.normal': 'Normal',
  'prefs.font.large': 'Large',
  'prefs.font.larger': 'Larger',
  'prefs.fontSample': 'Which component stores the cluster state? etcd',
} as const;
