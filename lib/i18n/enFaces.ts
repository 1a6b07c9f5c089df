/** English strings of the parts of a card that load on first use (a command's verdict, blanks, the diagram, sources). */
export const enFaces = {
  'card.diagram': 'Cluster diagram with {name} highlighted ({plane})',
  'card.blank': 'Blank {n}',
  'card.yourBlank': 'your answer',
  'card.blanksRight': '{right} of {total} {total|blank|blanks} right',
  'card.sourcesCount': 'Sources ({count})',
  'review.expected': 'Expected',
  'review.nothingTyped': '(nothing typed)',
  'review.verdict.exact': 'Exact match',
  'review.verdict.equivalent': 'Equivalent',
  'review.verdict.close': 'Close: see what differs',
  'review.verdict.wrong': 'Not the expected command',
  'review.unknownFlags': 'kubectl has no such flag: {flags}. It would refuse this command.',
  'review.diffLegend': 'Missing words are underlined, extra words struck through.',
} as const;
