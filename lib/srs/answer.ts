/** Result of comparing a typed command with the card's answer. */
export interface CommandCheck {
  verdict: 'exact' | 'equivalent' | 'wrong';
  /** Token-level diff against the closest accepted answer. */
  diff: DiffToken[];
  /** The answer that matched, or the closest one. */
  expected: string;
}

export type DiffToken = { text: string; op: 'same' | 'missing' | 'extra' };

function tokens(command: string): string[] {
  return command
    .trim()
    .replace(/^\$\s*/, '')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The simple checker of the foundation: exact after trimming, equivalent after normalizing whitespace and quotes.
 * The kubectl-aware checker (aliases, flag order, TYPE/NAME) replaces it with the deck issue.
 */
export function checkCommand(typed: string, answer: string, accept: readonly string[] = []): CommandCheck {
  const candidates = [answer, ...accept];
  if (candidates.some((c) => c.trim() === typed.trim())) {
    return { verdict: 'exact', diff: diffTokens(tokens(typed), tokens(answer)), expected: answer };
  }
  const normal = (text: string) =>
    tokens(text)
      .map((t) => t.replace(/^(['"])(.*)\1$/, '$2'))
      .join(' ');
  const match = candidates.find((c) => normal(c) === normal(typed));
  if (match !== undefined) return { verdict: 'equivalent', diff: diffTokens(tokens(typed), tokens(match)), expected: match };
  const scored = candidates.map((c) => ({ c, diff: diffTokens(tokens(typed), tokens(c)) }));
  scored.sort((a, b) => changes(a.diff) - changes(b.diff));
  return { verdict: 'wrong', diff: scored[0].diff, expected: scored[0].c };
}

const changes = (diff: DiffToken[]) => diff.filter((t) => t.op !== 'same').length;

/** Longest-common-subsequence diff of two token lists: what the learner typed that is extra, what is missing. */
export function diffTokens(typed: string[], expected: string[]): DiffToken[] {
  const n = typed.length;
  const m = expected.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = typed[i] === expected[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffToken[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && typed[i] === expected[j]) {
      out.push({ text: typed[i], op: 'same' });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push({ text: expected[j++], op: 'missing' });
    } else {
      out.push({ text: typed[i++], op: 'extra' });
    }
  }
  return out;
}

/** The rating the checker suggests; the learner may pick another. */
export function proposedRating(check: CommandCheck): 1 | 3 {
  return check.verdict === 'wrong' ? 1 : 3;
}
