/**
 * Syntax colouring computed at build time, so the review screen ships no highlighter: a line is a list of
 * `[class, text]` pieces. Classes: k key, s string, n number/bool/null, c comment, p punctuation, x program, f flag.
 */
export type HighlightClass = 'k' | 's' | 'n' | 'c' | 'p' | 'x' | 'f' | '';
export type HighlightLine = [HighlightClass, string][];
