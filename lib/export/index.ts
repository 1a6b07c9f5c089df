export { BACKUP_FORMAT, BACKUP_VERSION, type Backup, createBackup, type RestoreError, readBackup, restoreBackup } from './backup';
export { deckToAnkiText, deckToMarkdown } from './deckExport';
export { reviewLogCsv } from './reviewLogCsv';
export { reviewLogSheetCsv, scheduleCsv, spreadsheetCell, spreadsheetRow } from './spreadsheetCsv';
