export { type DatabaseProblem, databaseProblem, getDb, subscribeDatabaseProblem } from './db';
export { saveDeckOptions } from './deckCommands';
export { IMPORT_WORKER_URL, parseInWorker, storeImport } from './importClient';
export { useLiveQuery } from './liveQuery';
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
export { useClockJump } from './useClockJump';
export { type DeckOverview, useDeckOverview } from './useDeckOverview';
export { SYNC_WORKER_URL, type SyncStatus, useDeckSync } from './useDeckSync';
export { type OptimizerState, useOptimizer, useReviewCount } from './useOptimizer';
export { useInstall, useStorageStatus, useUpdateState } from './usePwa';
export { type ReviewOptions, type ReviewSession, type SessionNotice, useReviewSession } from './useReviewSession';
export { useStats } from './useStats';
export { THEME_BOOT_SCRIPT, type ThemeChoice, useTheme } from './useTheme';
export { command, useWriteFailure } from './writeCommand';
