import { type CommandCheck, diffTokens } from './command';

/** Text of an HTML field as the learner would type it: tags dropped, entities and spaces normalized. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Anki's type-in check: the same words (case and spacing aside) is right; otherwise a word diff. */
export function checkTyped(typed: string, expectedHtml: string): CommandCheck {
  const expected = plainText(expectedHtml);
  const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
  const diff = diffTokens(words(typed), words(expected));
  const same = diff.every((t) => t.op === 'same');
  return { verdict: same ? (typed.trim() === expected ? 'exact' : 'equivalent') : 'wrong', diff, expected, unknownFlags: [] };
}
