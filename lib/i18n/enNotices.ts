/** English strings of the shell's rare notices (a refused write, a clock that jumped, a first visit's deck being set up): shipped with those notices, which load when needed. */
export const enNotices = {
  'write.storageFull':
    'This device has no room left for Kubecards, so this change was not saved. Free some space (delete a deck you no longer need, or other sites’ data in the browser settings), then try again.',
  'write.failed': 'This change could not be saved: {reason}',
  'write.dismiss': 'Dismiss',
  'clock.future':
    '{n} {n|answer is|answers are} dated in the future, up to {days} {days|day|days} ahead: your device clock may have jumped. Their cards would come back far too late. Reschedule them from today?',
  'clock.reschedule': 'Reschedule from today',
  'clock.leave': 'Leave them',
  'home.settingUp': 'Setting up the Kubernetes deck…',
} as const;
