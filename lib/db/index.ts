export { BUILTIN_DECK_META_URL, BUILTIN_DECK_URL, builtinDeckIsCurrent, type FetchJson, updateBuiltinDeck } from './builtinDeck';
export { type SyncSummary, syncDeck } from './deckSync';
export { deleteDeck, renameDeck, setDeckNewLimit } from './decks';
export { type ImportSummary, importDeckId, writeImport } from './importWriter';
export { loadQueue, loadTopicQueue, nextDueAfter } from './queue';
export { type Answer, answerCard, StaleReviewError, undoAnswer } from './reviews';
export {
  type CardRecord,
  cardKey,
  DB_NAME,
  type DeckRecord,
  type KubecardsDb,
  type MediaRecord,
  openDb,
  type ReviewLogRecord,
  type ScheduleRecord,
  type SettingRecord,
} from './schema';
export { loadSession, type SessionScope, type SessionView } from './session';
export { getSetting, type Settings, setSetting } from './settings';
