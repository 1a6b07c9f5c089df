export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupSnapshot,
  createBackup,
  type RestoreError,
  readBackup,
  restoreBackup,
} from './backup';
export { MEDIA_CHUNK_BYTES, writeBackup } from './backupParts';
export { deckToAnkiText, deckToMarkdown } from './deckExport';
export { reviewLogCsv } from './reviewLogCsv';
export { reviewLogSheetCsv, scheduleCsv, spreadsheetCell, spreadsheetRow } from './spreadsheetCsv';
