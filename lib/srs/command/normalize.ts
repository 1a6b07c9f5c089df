import { canonicalResource, longFlag, takesValue, VERB_WITH_SUBCOMMAND } from './kubectl';
import { type ShellToken, tokenizeShell } from './tokenize';

/**
 * A command in canonical form: one token per meaningful part, so that two spellings of the same command give the same
 * list. Tokens read like the command: `kubectl`, `get`, `pod/web`, `--namespace=prod`, and after `--` the literal rest.
 */
export type CanonicalCommand = string[];

/** Verbs whose first bare argument is a Pod name: `kubectl logs web` is `kubectl logs pod/web`. */
const POD_BY_DEFAULT = new Set(['logs', 'exec', 'attach', 'port-forward', 'debug']);

const PROGRAM_SHORT_FLAGS: Record<string, Record<string, string>> = {
  etcdctl: { w: 'write-out' },
  etcdutl: { w: 'write-out' },
  helm: { n: 'namespace', f: 'values' },
};

/** Canonical tokens of a whole command line (pipes and `&&` keep their place); null if it cannot be tokenized. */
export function canonicalize(line: string): CanonicalCommand | null {
  const tokens = tokenizeShell(line.trim().replace(/^\$\s+/, ''));
  if (!tokens) return null;
  const out: string[] = [];
  let segment: string[] = [];
  const endSegment = () => {
    if (segment.length > 0) out.push(...canonicalSegment(segment));
    segment = [];
  };
  for (const token of tokens as ShellToken[]) {
    if ('word' in token) segment.push(token.word);
    else {
      endSegment();
      out.push(token.op);
    }
  }
  endSegment();
  return out;
}

function canonicalSegment(words: string[]): string[] {
  const start = words[0] === 'sudo' ? 1 : 0;
  const program = (words[start] ?? '').split('/').pop() ?? '';
  const rest = words.slice(start + 1);
  if (program === 'kubectl' || program === 'k') return ['kubectl', ...canonicalKubectl(rest)];
  return [program, ...canonicalGeneric(program, rest)];
}

function canonicalKubectl(words: string[]): string[] {
  const verbs: string[] = [];
  const resources: string[] = [];
  const args: string[] = [];
  const flags: string[] = [];
  let literal: string[] | null = null;
  let currentType: string | null = null;
  let expectType = false;

  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--') {
      literal = words.slice(i + 1);
      break;
    }
    if (word.startsWith('-') && word.length > 1) {
      i = readFlag(words, i, verbs[0], flags);
      continue;
    }
    if (verbs.length === 0) {
      verbs.push(word);
      expectType = !VERB_WITH_SUBCOMMAND.has(word);
      continue;
    }
    if (verbs.length === 1 && VERB_WITH_SUBCOMMAND.has(verbs[0])) {
      verbs.push(word);
      expectType = true;
      continue;
    }
    if (word.includes('/') && canonicalResource(word.split('/')[0])) {
      const [type, ...name] = word.split('/');
      resources.push(`${canonicalResource(type)}/${name.join('/')}`);
      continue;
    }
    const types = word.split(',').map(canonicalResource);
    if (expectType && currentType === null && types.every((t) => t !== null)) {
      currentType = [...types].sort().join(',');
      continue;
    }
    // `name=value` words are arguments (`set image deploy/web app=nginx:1.27`, `label pod web tier=fe`), never names.
    if (currentType !== null && !word.includes('=')) resources.push(`${currentType}/${word}`);
    else if (POD_BY_DEFAULT.has(verbs[0]) && resources.length === 0 && args.length === 0) resources.push(`pod/${word}`);
    else args.push(word);
  }
  if (currentType !== null && !resources.some((r) => r.startsWith(`${currentType}/`))) resources.push(currentType);
  return [...verbs, ...resources.sort(), ...args, ...flags.sort(), ...(literal ? ['--', ...literal] : [])];
}

/** Reads the flag at `i` (with its value) into `flags`; returns the index of the last word it used. */
function readFlag(words: string[], i: number, verb: string | undefined, flags: string[]): number {
  const word = words[i];
  const push = (name: string, value: string | null) => flags.push(value === null || value === 'true' ? `--${name}` : `--${name}=${value}`);
  const next = words[i + 1];
  const nextIsValue = next !== undefined && next !== '--' && !(next.startsWith('-') && next.length > 1);
  if (word.startsWith('--')) {
    const [name, ...value] = word.slice(2).split('=');
    if (value.length > 0) push(name, value.join('='));
    else if (takesValue(name) && nextIsValue) {
      push(name, next);
      return i + 1;
    } else push(name, null);
    return i;
  }
  // Short flags: `-n prod`, `-nprod`, `-n=prod`, or a cluster of switches like `-it`.
  const body = word.slice(1);
  const first = longFlag(body[0], verb);
  if (takesValue(first)) {
    const attached = body.slice(1).replace(/^=/, '');
    if (attached !== '') push(first, attached);
    else if (nextIsValue) {
      push(first, next);
      return i + 1;
    } else push(first, null);
    return i;
  }
  for (const letter of body) push(longFlag(letter, verb), null);
  return i;
}

/** Other programs: flags are unordered (`--x=v` = `--x v` for known value flags), arguments keep their order. */
function canonicalGeneric(program: string, words: string[]): string[] {
  const shortMap = PROGRAM_SHORT_FLAGS[program] ?? {};
  const args: string[] = [];
  const flags: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--') {
      args.push(...words.slice(i));
      break;
    }
    const short = /^-([A-Za-z])(?:=?(.+))?$/.exec(word);
    if (short && shortMap[short[1]]) {
      const long = shortMap[short[1]];
      if (short[2]) flags.push(`--${long}=${short[2]}`);
      else if (words[i + 1] !== undefined && !words[i + 1].startsWith('-')) flags.push(`--${long}=${words[++i]}`);
      else flags.push(`--${long}`);
    } else if (word.startsWith('--')) {
      const [name, ...value] = word.slice(2).split('=');
      if (value.length > 0) flags.push(`--${name}=${value.join('=')}`);
      else if (takesValue(name) && words[i + 1] !== undefined && !words[i + 1].startsWith('-')) flags.push(`--${name}=${words[++i]}`);
      else flags.push(`--${name}`);
    } else if (word.startsWith('-') && word.length > 1) {
      flags.push(word);
    } else {
      args.push(word);
    }
  }
  return [...args, ...flags.sort()];
}
