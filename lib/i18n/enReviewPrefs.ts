/** English strings of this device's review settings (gestures, timer, card text size), shipped with the settings screen. */
export const enReviewPrefs = {
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
