/**
 * English strings of what the review screen shows beyond the card (the progress bar, timer and bottom bar) and of the
 * end of a session: they load with those parts, after the first card.
 */
export const enPhone = {
  'review.doneTitle': 'Congratulations! You have finished for now.',
  'review.nextDue': 'The next card is due {when}.',
  'review.nextDueNone': 'No cards are scheduled yet.',
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
} as const;
