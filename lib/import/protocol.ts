import type { ImportOptions } from './index';
import type { ParseResult } from './types';

/** What the page sends the import worker. */
export interface ImportRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
  options: ImportOptions;
}

/** The parse result as it crosses to the page: media as an array (structured clone keeps Uint8Arrays). */
export type ImportResponse = { id: number; result: ParseResult; media: [string, Uint8Array][] };
