export { compileDeck, type DeckOptions, type NoteSource } from './compileDeck';
export { compileNoteFile } from './compileFile';
export { type CompileError, type CompileErrorCode, formatError } from './errors';
export { buildSearchIndex, type SearchEntry, type SearchHit, searchEntries } from './search';
