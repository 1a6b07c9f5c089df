import type { HighlightLine, NoteBlock } from '../model';
import { highlightShell, highlightYaml } from './highlight';

const FENCE = /^(`{3,}|~{3,})\s*(.*)$/;
const LIST_ITEM = /^(\s*)([-*]|\d+\.)\s+(.*)$/;

/** A note's Markdown body (after the front matter) → blocks. Card fences become references to their card. */
export function parseProse(lines: string[]): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let paragraph: string[] = [];
  let list: { t: 'ul' | 'ol'; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ t: 'p', text: joinLines(paragraph) });
    if (list) blocks.push(list);
    paragraph = [];
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const close = lines.findIndex((l, j) => j > i && l.trim() === fence[1]);
      const end = close < 0 ? lines.length : close;
      const info = fence[2].trim().split(/\s+/);
      if (info[0] === 'card') {
        const id = info.find((w) => w.startsWith('id='))?.slice(3);
        if (id) blocks.push({ t: 'card', id });
      } else {
        const code = lines.slice(i + 1, end).join('\n');
        const lang = info[0] ?? '';
        blocks.push({ t: 'code', lang, lines: highlightCode(code, lang) });
      }
      i = end;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ t: 'h', level: heading[1].length, text: heading[2].trim() });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const kind = /\d/.test(item[2]) ? 'ol' : 'ul';
      if (paragraph.length > 0 || (list && list.t !== kind)) flush();
      list ??= { t: kind, items: [] };
      list.items.push(item[3].trim());
      continue;
    }
    if (list) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] = joinLines([list.items[list.items.length - 1], line.trim()]);
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

function highlightCode(code: string, lang: string): HighlightLine[] {
  if (/^ya?ml$/.test(lang)) return highlightYaml(code);
  if (/^(sh|bash|shell|console)$/.test(lang)) return code.split('\n').map(highlightShell);
  return code.split('\n').map((line): HighlightLine => [['', line]]);
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins wrapped lines: with a space, except between two CJK characters (Chinese has no spaces between words). */
function joinLines(lines: string[]): string {
  return lines.reduce(
    (text, line) => (text === '' ? line : CJK.test(text.at(-1) ?? '') && CJK.test(line[0] ?? '') ? text + line : `${text} ${line}`),
    '',
  );
}
