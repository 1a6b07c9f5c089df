/** A piece of cloze text: plain text, or a deletion with its number and optional hint. */
export type ClozePart = { text: string } | { cloze: number; answer: string; hint?: string };

const CLOZE = /\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}/gs;

export function parseCloze(text: string): ClozePart[] {
  const parts: ClozePart[] = [];
  let last = 0;
  for (const m of text.matchAll(CLOZE)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ cloze: Number(m[1]), answer: m[2], ...(m[3] === undefined ? {} : { hint: m[3] }) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The distinct cloze numbers used in a text, ascending. */
export function clozeNumbers(text: string): number[] {
  const numbers = new Set<number>();
  for (const part of parseCloze(text)) if ('cloze' in part) numbers.add(part.cloze);
  return [...numbers].sort((a, b) => a - b);
}
