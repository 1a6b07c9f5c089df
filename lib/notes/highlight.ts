import type { HighlightClass, HighlightLine } from '../model';

const SCALAR_NUMBER = /^-?\d+(\.\d+)?$|^(true|false|null|~|yes|no)$/i;

function valueClass(value: string): HighlightClass {
  const bare = value.replace(/\{\{c\d+::(.*?)(::.*?)?\}\}/g, '$1').trim();
  if (/^["']/.test(bare)) return 's';
  if (SCALAR_NUMBER.test(bare)) return 'n';
  return '';
}

/** One YAML line → pieces. Cloze markers stay inside their piece (the renderer hides or fills them). */
function yamlLine(line: string): HighlightLine {
  const out: HighlightLine = [];
  const commentAt = line.search(/(^|\s)#(?![^{]*\}\})/);
  const code = commentAt >= 0 ? line.slice(0, commentAt) : line;
  const comment = commentAt >= 0 ? line.slice(commentAt) : '';
  const m = /^(\s*)(- )?((?:[\w./-]+|"[^"]*"|'[^']*')(?=:(\s|$)))?(:)?(.*)$/.exec(code) as RegExpExecArray;
  const [, indent, dash, key, , colon, rest] = m;
  if (indent) out.push(['', indent]);
  if (dash) out.push(['p', dash]);
  if (key) out.push(['k', key]);
  if (colon && key) out.push(['p', colon]);
  else if (colon) out.push(['', colon]);
  if (rest) {
    const lead = /^\s*/.exec(rest)?.[0] ?? '';
    if (lead) out.push(['', lead]);
    const value = rest.slice(lead.length);
    if (value) out.push([valueClass(value), value]);
  }
  if (comment) out.push(['c', comment]);
  return out;
}

export const highlightYaml = (yaml: string): HighlightLine[] => yaml.split('\n').map(yamlLine);

/** A shell command → one line of pieces: programs, flags, quoted strings, operators. */
export function highlightShell(command: string): HighlightLine {
  const out: HighlightLine = [];
  let expectProgram = true;
  for (const piece of command.match(/\s+|'[^']*'|"(?:\\.|[^"])*"|[|&;<>]+|[^\s'"|&;<>]+/g) ?? []) {
    if (/^\s+$/.test(piece)) out.push(['', piece]);
    else if (/^[|&;<>]+$/.test(piece)) {
      out.push(['p', piece]);
      expectProgram = true;
    } else if (expectProgram) {
      out.push(['x', piece]);
      expectProgram = piece === 'sudo';
    } else if (/^['"]/.test(piece)) out.push(['s', piece]);
    else if (/^--?[A-Za-z]/.test(piece)) out.push(['f', piece]);
    else out.push(['', piece]);
  }
  return out;
}
