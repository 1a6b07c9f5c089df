export { downloadAnkiPackage, EXPORT_WORKER_URL } from './ankiExport';
export { type ActionUndoToken, actionLeavesQueue, applyCardAction, type CardAction } from './cardActions';
export { type DatabaseProblem, databaseProblem, getDb, subscribeDatabaseProblem } from './db';
export { saveDeckOptions } from './deckCommands';
export { chooseDeckPreset, saveDeckPresets, useDeckPresets } from './deckPresets';
export { dateStamp, downloadText } from './download';
export {
  IMPORT_WORKER_URL,
  type ImportSummary,
  importDeckId,
  importWriteError,
  parseInWorker,
  previewCard,
  storeImport,
} from './importClient';
export { readStoredMedia } from './media';
export { downloadSpreadsheet } from './spreadsheetExport';
export { startAppBadge } from './startAppBadge';
export { loadScheduler, localTimeZone, today, useStoredStudySettings, useStudySettings } from './studySettings';
export { saveParameters, saveStudySettings } from './studySettingsWrites';
export { BACKUP_REMINDER_DAYS, downloadBackup, downloadReviewLog, restoreFromFile, useBackupStatus } from './useBackup';
export { type BrowseQuery, type BrowseRow, type BrowseSort, type BrowseState, useBrowse } from './useBrowse';
export { useCardDetail, useReviewStabilities } from './useCardDetail';
export { useCardStates } from './useCardStates';
export { useClockJump } from './useClockJump';
export { deleteDeck, readCardsOfDeck, useDeck, useDecks } from './useDeck';
export { type DeckOverview, useDeckOverview } from './useDeckOverview';
export { type SyncStatus, useDeckSync } from './useDeckSync';
export { useDeckWriting } from './useDeckWriting';
export { type OptimizerState, useOptimizer, useReviewCount } from './useOptimizer';
export { useInstall, useStorageStatus, useUpdateState } from './usePwa';
export { type ReviewOptions, type ReviewSession, type SessionNotice, useReviewSession } from './useReviewSession';
export { useStats } from './useStats';
export { type ThemeChoice, useTheme } from './useTheme';
export { command, useWriteFailure } from './writeCommand';
