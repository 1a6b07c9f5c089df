/** English names of the card kinds: shipped with the screens that list cards by kind (browser, statistics). */
export const enKinds = {
  'kind.basic': 'Question and answer',
  'kind.cloze': 'Cloze',
  'kind.command': 'Command',
  'kind.component': 'Component',
  'kind.object': 'API object',
  'kind.manifest': 'Manifest',
  'kind.procedure': 'Procedure',
  'kind.diagnose': 'Diagnosis',
} as const;
