/** A shell word, or an operator that separates commands. */
export type ShellToken = { word: string } | { op: '|' | '&&' | '||' | ';' | '>' | '>>' | '<' };

/**
 * Splits a command line like a POSIX shell: quotes, backslash escapes, operators, comments. `$VAR` stays literal
 * (we compare what was typed, not what it expands to). Returns null for an unterminated quote.
 */
export function tokenizeShell(line: string): ShellToken[] | null {
  const tokens: ShellToken[] = [];
  let word = '';
  let inWord = false;
  const flush = () => {
    if (inWord) tokens.push({ word });
    word = '';
    inWord = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return null;
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1])) j++;
        word += line[j];
      }
      if (j >= line.length) return null;
      inWord = true;
      i = j;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      flush();
    } else if (c === '#' && !inWord) {
      break;
    } else if ('|&;<>'.includes(c)) {
      const two = line.slice(i, i + 2);
      if (c === '&' && two !== '&&') {
        word += c;
        inWord = true;
        continue;
      }
      flush();
      const op = (['&&', '||', '>>'].includes(two) ? two : c) as Extract<ShellToken, { op: string }>['op'];
      tokens.push({ op });
      i += op.length - 1;
    } else {
      word += c;
      inWord = true;
    }
  }
  flush();
  return tokens;
}
