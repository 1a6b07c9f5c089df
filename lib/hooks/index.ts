export { downloadAnkiPackage, EXPORT_WORKER_URL } from './ankiExport';
export { databaseProblem, getDb, subscribeDatabaseProblem } from './db';
export { IMPORT_WORKER_URL, parseInWorker, storeImport } from './importClient';
export { downloadSpreadsheet } from './spreadsheetExport';
export {
  loadScheduler,
  localTimeZone,
  saveParameters,
  saveStudySettings,
  today,
  useStoredStudySettings,
  useStudySettings,
} from './studySettings';
export { BACKUP_REMINDER_DAYS, downloadBackup, downloadReviewLog, restoreFromFile, useBackupStatus } from './useBackup';
export { useCardStates } from './useCardStates';
export { type DeckOverview, useDeckOverview } from './useDeckOverview';
export { SYNC_WORKER_URL, type SyncStatus, useDeckSync } from './useDeckSync';
export { type OptimizerState, useOptimizer, useReviewCount } from './useOptimizer';
export { useInstall, useStorageStatus, useUpdateState } from './usePwa';
export { type ReviewOptions, type ReviewSession, type SessionNotice, useReviewSession } from './useReviewSession';
export { useStats } from './useStats';
export { THEME_BOOT_SCRIPT, type ThemeChoice, useTheme } from './useTheme';
