/** English strings of a note edited on two devices at once (the card screen): shipped only with it. */
export const enConflict = {
  'conflict.title': 'Edited on two devices',
  'conflict.explain':
    'This note was changed on two devices before they synced. The later change is shown above; the other one, made {when}, is below. Pick the one to keep.',
  'conflict.other': 'The other version',
  'conflict.keepShown': 'Keep the version above',
  'conflict.useOther': 'Use the other version',
  'conflict.otherDeleted': 'The other version has no card like this one.',
} as const;
