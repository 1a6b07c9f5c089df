export { getDb } from './db';
export { IMPORT_WORKER_URL, parseInWorker, storeImport } from './importClient';
export { ROLLOVER_HOUR } from './studySettings';
export { useCardStates } from './useCardStates';
export { type DeckOverview, useDeckOverview } from './useDeckOverview';
export { BUILTIN_DECK_URL, type SyncStatus, useDeckSync } from './useDeckSync';
export { useInstall, useStorageStatus, useUpdateState } from './usePwa';
export { type ReviewSession, type SessionNotice, useReviewSession } from './useReviewSession';
export { THEME_BOOT_SCRIPT, type ThemeChoice, useTheme } from './useTheme';
