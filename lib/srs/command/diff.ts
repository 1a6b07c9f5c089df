export type DiffToken = { text: string; op: 'same' | 'missing' | 'extra' };

/** Longest-common-subsequence diff of two token lists: what the learner typed that is extra, what is missing. */
export function diffTokens(typed: readonly string[], expected: readonly string[]): DiffToken[] {
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
