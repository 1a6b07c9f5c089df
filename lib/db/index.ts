export { answerCount } from './answerCount';
export { type BrowseQuery, type BrowseRow, type BrowseSort, type BrowseState, browseCards } from './browse';
export { BUILTIN_DECK_ID, bringBuiltinDeckUpToDate, updateBuiltinDeck, writeFirstCards } from './builtinDeck';
export { builtinDeckIsCurrent, type FetchJson } from './builtinDeckMeta';
export { type ActionUndo, applyCardAction, type CardAction, undoCardAction } from './cardActions';
export { rescheduleClockJump } from './clockJump';
export { type ClockJump, findClockJump } from './clockJumpFind';
export { loadAheadQueue, loadCramQueue, loadDomainQueue, loadTopicQueue } from './customQueues';
export { countAnswer, DailyTotals, dailyStatsOf, MATURE_DAYS } from './dailyStats';
export { DataReplacedError, dataGeneration } from './dataGeneration';
export { type SyncSummary, syncDeck } from './deckSync';
export { activeCardCount, deleteDeck, renameDeck, setDeckNewLimit } from './decks';
export { type HistoryReplay, replayHistory } from './importHistory';
export { type ImportSummary, type ImportWriteOptions, importDeckId, toRecord as importedCardRecord, writeImport } from './importWriter';
export { logEventOf } from './logEvents';
export { inHistory } from './logHistory';
export { readMedia } from './media';
export { stampOlderLog } from './olderLogStamp';
export { loadQueue, nextDueAfter, releaseBuried } from './queue';
export { readCardDetail, readDeck, readDeckCards, readDecks, readReviewStabilities, readSchedules } from './reads';
export { type Answer, answerCard, DEFAULT_LEECH, type LeechPolicy, undoAnswer } from './reviews';
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
export { findInSearchText, refreshSearchText, SearchTextBuilder, searchTextsOf } from './searchText';
export { type CustomQueues, loadSession, needsCustomQueue, type SessionRead, type SessionScope } from './session';
export { getSetting, type Settings, setSetting } from './settings';
export { StaleReviewError } from './staleReview';
export { loadStats } from './statsQuery';
export { isStorageFull, type WriteFailure, writeFailureOf } from './writeFailure';
