import { type HighlightLine, parseCloze } from '../model';

export interface Blank {
  /** Position among the blanks, in reading order. */
  index: number;
  cloze: number;
  answer: string;
  hint?: string;
}

/** The blanks of a highlighted manifest, in reading order. */
export function blanksOf(lines: readonly HighlightLine[]): Blank[] {
  const blanks: Blank[] = [];
  for (const line of lines) {
    for (const [, text] of line) {
      for (const part of parseCloze(text)) {
        if ('cloze' in part)
          blanks.push({ index: blanks.length, cloze: part.cloze, answer: part.answer, ...(part.hint ? { hint: part.hint } : {}) });
      }
    }
  }
  return blanks;
}

/** A YAML scalar or flow list in a comparable form: quotes, spacing, case of booleans and list order do not matter. */
export function normalizeYamlValue(value: string): string {
  const trimmed = value.trim();
  const flow = /^\[(.*)\]$/s.exec(trimmed);
  if (flow) {
    const items = flow[1].split(',').map(normalizeYamlValue).filter(Boolean);
    return `[${items.sort().join(',')}]`;
  }
  const unquoted = trimmed.replace(/^(["'])(.*)\1$/s, '$2');
  if (/^(true|false|null)$/i.test(unquoted)) return unquoted.toLowerCase();
  if (/^-?\d+(\.\d+)?$/.test(unquoted)) return String(Number(unquoted));
  return unquoted;
}

export interface BlankResult extends Blank {
  typed: string;
  correct: boolean;
}

/** Compares each typed value with its blank structurally (order and whitespace ignored). */
export function checkBlanks(lines: readonly HighlightLine[], typed: readonly string[]): BlankResult[] {
  return blanksOf(lines).map((blank) => {
    const value = typed[blank.index] ?? '';
    return { ...blank, typed: value, correct: value.trim() !== '' && normalizeYamlValue(value) === normalizeYamlValue(blank.answer) };
  });
}
