/** Codes for every problem the notes compiler reports; the text is for authors, who read English. */
export type CompileErrorCode =
  | 'front-matter'
  | 'malformed-block'
  | 'unknown-kind'
  | 'bad-id'
  | 'duplicate-id'
  | 'missing-field'
  | 'unknown-field'
  | 'invalid-field'
  | 'missing-translation'
  | 'mismatched-field'
  | 'content-lint'
  | 'terminology'
  | 'api-mismatch';

export interface CompileError {
  path: string;
  line: number;
  code: CompileErrorCode;
  message: string;
}

export function formatError(error: CompileError): string {
  return `${error.path}:${error.line}: ${error.message} [${error.code}]`;
}
