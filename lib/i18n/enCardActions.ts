/** English strings of card actions (suspend, bury, flag, forget, reschedule) outside review: shipped only with the screens that show them. */
export const enCardActions = {
  'action.suspend': 'Suspend',
  'action.unsuspend': 'Unsuspend',
  'action.bury': 'Bury until tomorrow',
  'action.flag': 'Flag',
  'action.unflag': 'Remove flag',
  'action.forget': 'Forget (reset to new)',
  'action.reschedule': 'Reschedule',
  'action.rescheduleDays': 'Due in how many days?',
  'action.rescheduleDate': 'Or on this date',
  'action.rescheduleConfirm': 'Reschedule card',
  'action.rescheduleInvalid': 'Enter a number of days (0 or more) or pick a date.',
  'action.cancel': 'Cancel',
  'action.done': 'Done: {action}.',
  'action.edit': 'Edit note',
} as const;
