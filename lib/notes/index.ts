export { compileDeck, type DeckOptions, type NoteSource } from './compileDeck';
export { compileNoteFile } from './compileFile';
export { type CompileError, type CompileErrorCode, formatError } from './errors';
export { type PackedDeck, packDeck, unpackDeck } from './pack';
export { buildSearchIndex, type SearchEntry, type SearchHit, searchEntries } from './search';
