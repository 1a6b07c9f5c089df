export { type BackupSnapshot, createBackup, restoreBackup } from './backup';
export { MEDIA_CHUNK_BYTES, writeBackup } from './backupParts';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  BackupRefused,
  type RestoreError,
  readBackup,
  restoreErrorOf,
} from './backupReader';
export { deckToAnkiText, deckToMarkdown } from './deckExport';
export { roomRefusal } from './restoreRoom';
export { reviewLogCsv } from './reviewLogCsv';
export { reviewLogSheetCsv, scheduleCsv, spreadsheetCell, spreadsheetRow } from './spreadsheetCsv';
