/** English strings of a deck: rename, limits, export, delete, custom study: shipped only with the screens that show them. */
export const enDeck = {
  'deck.title': 'Deck',
  'deck.notFound': 'This deck does not exist.',
  'deck.rename': 'Name',
  'deck.save': 'Save',
  'deck.saved': 'Saved.',
  'deck.newLimit': 'New cards per day for this deck only (empty: {n}, from {source})',
  'deck.limitFromSettings': 'the study settings',
  'deck.limitFromPreset': 'the preset “{name}”',
  'deck.preset': 'Options preset',
  'deck.presetDefault': 'Default: the study settings',
  'deck.presetHint':
    'Presets (new cards and reviews per day, desired retention) are made in Settings. Studying this deck takes in its sub-decks, with its limits.',
  'deck.inForce':
    'Limits that apply when you study this deck: {newPerDay} new, {reviewsPerDay} reviews a day, desired retention {retention}%.',
  'deck.export': 'Export',
  'deck.exportMarkdown': 'Kubecards Markdown',
  'deck.exportAnki': 'Anki plain text',
  'deck.delete': 'Delete this deck',
  'deck.deleteConfirm': 'Delete “{name}” with its {cards} {cards|card|cards} and their review history? This cannot be undone.',
  'deck.deleteYes': 'Delete',
  'deck.cards': '{count} {count|card|cards}',
  'custom.title': 'Custom study',
  'custom.aheadDays': 'Review cards due in the next (days)',
  'custom.go': 'Start',
  'custom.cramTopic': 'Cram a chapter or topic (e.g. 2 or 2.3; empty: the whole deck)',
  'custom.studyTopic': 'Study a chapter, topic or tag now (e.g. 3, 3.2 or #cka-troubleshooting)',
} as const;
