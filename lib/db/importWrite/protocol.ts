import type { ParsedDeck } from '../../import/types';
import type { ImportSummary } from '../importWriter';

/** What the page asks the import-write worker: write this parsed deck, or stop (then nothing is written). */
export type ImportWriteRequest =
  | { deck: ParsedDeck; deckName: string; fileName: string; keepHistory: boolean; now: number }
  | { cancel: true };

/** What the worker tells the page: how far it is, then the outcome (all of the import written, or none). */
export type ImportWriteMessage =
  | { progress: { done: number; total: number } }
  | { summary: ImportSummary }
  | { cancelled: true }
  | { failed: { full: boolean; detail: string } };
