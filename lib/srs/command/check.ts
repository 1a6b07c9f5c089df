import type { Rating } from '../../model';
import { type DiffToken, diffTokens } from './diff';
import { isKubectlFlag } from './kubectl';
import { canonicalize } from './normalize';

/** Result of comparing a typed command with the card's answer and accepted variants. */
export interface CommandCheck {
  /** exact: as written; equivalent: same meaning (aliases, flag order, `=`, short flags); close: one or two parts differ. */
  verdict: 'exact' | 'equivalent' | 'close' | 'wrong';
  /** Diff of the canonical forms against the closest answer: what is missing and what is extra. */
  diff: DiffToken[];
  /** The answer that matched, or the closest one. */
  expected: string;
  /** Flags typed that kubectl does not know (`--label`): kubectl would refuse the command, so it is never close. */
  unknownFlags: string[];
}

const squash = (text: string) =>
  text
    .trim()
    .replace(/^\$\s+/, '')
    .replace(/\s+/g, ' ');
/** At most this many differing canonical tokens still count as "close". */
const CLOSE_CHANGES = 2;

/** Compares by meaning, not by characters (see normalize.ts for what counts as the same command). */
export function checkCommand(typed: string, answer: string, accept: readonly string[] = []): CommandCheck {
  const candidates = [answer, ...accept];
  const exact = candidates.find((c) => squash(c) === squash(typed));
  const mine = canonicalize(typed) ?? squash(typed).split(' ');
  if (exact !== undefined) return { verdict: 'exact', diff: diffTokens(mine, mine), expected: exact, unknownFlags: [] };

  const scored = candidates.map((candidate) => {
    const theirs = canonicalize(candidate) ?? squash(candidate).split(' ');
    const diff = diffTokens(mine, theirs);
    return { candidate, theirs, diff, changes: diff.filter((t) => t.op !== 'same').length };
  });
  scored.sort((a, b) => a.changes - b.changes);
  const best = scored[0];
  if (best.changes === 0) return { verdict: 'equivalent', diff: best.diff, expected: best.candidate, unknownFlags: [] };
  const unknownFlags = unknownKubectlFlags(
    mine,
    scored.map((s) => s.theirs),
  );
  const sameCommand = mine[0] === best.theirs[0] && mine[1] === best.theirs[1];
  const verdict = sameCommand && best.changes <= CLOSE_CHANGES && unknownFlags.length === 0 ? 'close' : 'wrong';
  return { verdict, diff: best.diff, expected: best.candidate, unknownFlags };
}

/** The flag names (`--label`) of a kubectl command that kubectl does not know and no accepted answer uses. */
function unknownKubectlFlags(mine: readonly string[], answers: readonly (readonly string[])[]): string[] {
  if (mine[0] !== 'kubectl') return [];
  const nameOf = (token: string) => token.slice(2).split('=')[0];
  const answered = new Set(answers.flatMap((tokens) => tokens.filter((t) => t.startsWith('--')).map(nameOf)));
  // After a literal `--` (a command run in a container) and past a pipe, the words are not kubectl's.
  const end = mine.findIndex((token) => token === '--' || token === '|' || token === '&&' || token === ';');
  const own = end === -1 ? mine : mine.slice(0, end);
  return own
    .filter((token) => token.startsWith('--') && !answered.has(nameOf(token)) && !isKubectlFlag(nameOf(token)))
    .map((token) => `--${nameOf(token)}`);
}

/** The rating the checker suggests; the learner may pick another. */
export function proposedRating(check: CommandCheck): Rating {
  if (check.verdict === 'wrong') return 1;
  if (check.verdict === 'close') return 2;
  return 3;
}
