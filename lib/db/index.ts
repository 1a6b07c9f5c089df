export { type BrowseQuery, type BrowseRow, type BrowseSort, type BrowseState, browseCards } from './browse';
export { BUILTIN_DECK_ID, builtinDeckIsCurrent, type FetchJson, updateBuiltinDeck, writeFirstCards } from './builtinDeck';
export { type ActionUndo, applyCardAction, type CardAction, undoCardAction } from './cardActions';
export { type ClockJump, findClockJump, rescheduleClockJump } from './clockJump';
export { countAnswer, dailyStatsOf, MATURE_DAYS } from './dailyStats';
export { DataReplacedError, dataGeneration } from './dataGeneration';
export { type SyncSummary, syncDeck } from './deckSync';
export { activeCardCount, deleteDeck, renameDeck, setDeckNewLimit } from './decks';
export { type HistoryReplay, replayHistory } from './importHistory';
export { type ImportSummary, type ImportWriteOptions, importDeckId, toRecord as importedCardRecord, writeImport } from './importWriter';
export { loadAheadQueue, loadCramQueue, loadDomainQueue, loadQueue, loadTopicQueue, nextDueAfter, releaseBuried } from './queue';
export { readCardDetail, readDeck, readDeckCards, readDecks, readMedia, readReviewStabilities, readSchedules } from './reads';
export { type Answer, answerCard, DEFAULT_LEECH, type LeechPolicy, StaleReviewError, undoAnswer } from './reviews';
export {
  type CardRecord,
  cardKey,
  type DailyStatsRecord,
  DB_NAME,
  type DeckRecord,
  isStudiable,
  type KubecardsDb,
  type MediaRecord,
  NewerDatabaseError,
  openDb,
  Parked,
  queueOf,
  type ReviewLogRecord,
  type ScheduleRecord,
  type SearchTextRecord,
  type SettingRecord,
} from './schema';
export { findInSearchText, refreshSearchText, searchTextsOf } from './searchText';
export { loadSession, type SessionRead, type SessionScope } from './session';
export { getSetting, type Settings, setSetting } from './settings';
export { loadStats } from './statsQuery';
export { isStorageFull, type WriteFailure, writeFailureOf } from './writeFailure';
