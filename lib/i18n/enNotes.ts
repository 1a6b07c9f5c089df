/** English strings of the notes, and the state of a card in them: shipped only with the screens that show them. */
export const enNotes = {
  'notes.title': 'Notes',
  'notes.intro': 'The notes behind the built-in deck, chapter by chapter. Every card sits next to the paragraph it tests.',
  'notes.search': 'Search notes and cards',
  'notes.searchLoading': 'Loading the search index…',
  'notes.searchNone': 'Nothing found for “{query}”.',
  'notes.searchCount': '{count} {count|result|results}',
  'notes.studyTopic': 'Study this topic',
  'notes.k8s': 'Checked against Kubernetes {version}',
  'notes.sources': 'Sources',
  'notes.showAnswer': 'Show answer',
  'notes.hideAnswer': 'Hide answer',
  'notes.state.unknown': 'Not in your collection yet',
  'notes.state.dueNow': 'Due now',
  'notes.state.due': 'Due {when}',
  'notes.state.interval': '{due} · interval {interval}',
  'notes.backToIndex': 'All notes',
} as const;
