/** English strings under a built-in card's answer in review (loaded with that part of the card). */
export const enPersonalNote = {
  'review.personalNote': 'Your note',
} as const;
