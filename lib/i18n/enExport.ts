/** English strings of the Anki package export: shipped with the deck screen and settings, which offer it. */
export const enExport = {
  'ankiExport.deck': 'Anki package (.apkg)',
  'ankiExport.all': 'Export all decks to Anki (.apkg)',
  'ankiExport.withHistory': 'Include scheduling and history',
  'ankiExport.working': 'Writing the package…',
  'ankiExport.failed': 'The package could not be written: {detail}',
  'ankiExport.textIsForAnki': 'The plain text file is for importing into Anki, not for opening in a spreadsheet.',
  'export.title': 'Export',
  'export.spreadsheetExplain': 'The review log and the schedule as CSV for spreadsheets (cells that look like formulas are kept as text).',
  'export.scheduleCsv': 'Schedule (CSV for spreadsheets)',
  'export.reviewLogCsv': 'Review log (CSV for spreadsheets)',
} as const;
