import type { CardRecord } from '../db';
import type { DiagnoseCard, HighlightLine, Lang, ProcedureCard, ReviewCard, StepCommand } from '../model';
import { hashString } from '../notes/hash';
import { choiceOrder } from '../srs/exercise';

/** Review cards grouped back into their notes (a reversed basic or a multi-cloze note is one note). */
function notesOf(cards: readonly CardRecord[]): ReviewCard[][] {
  const notes = new Map<string, ReviewCard[]>();
  for (const card of [...cards].sort((a, b) => a.ord - b.ord)) notes.set(card.noteId, [...(notes.get(card.noteId) ?? []), card]);
  return [...notes.values()];
}

const yamlText = (lines: readonly HighlightLine[]) => lines.map((line) => line.map(([, text]) => text).join('')).join('\n');
/** Our ids are lowercase words; imported guids are not, so they get a stable hashed id. */
const noteId = (id: string) => (/^[a-z0-9][a-z0-9-]*$/.test(id) ? id : `n-${hashString(id)}`);

function field(key: string, value: string): string {
  if (!value.includes('\n')) return `${key}: ${value}`;
  return `${key}: |\n${value
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}`;
}

/** Fields of one note in the cards/ syntax. */
function noteFields(cards: ReviewCard[], lang: Lang): { kind: string; lines: string[] } {
  const [card] = cards;
  switch (card.kind) {
    case 'basic': {
      const reverse = cards.some((c) => c.id.endsWith('#reverse'));
      return {
        kind: 'basic',
        lines: [field('front', card.content[lang].front), field('back', card.content[lang].back), ...(reverse ? ['reverse: yes'] : [])],
      };
    }
    case 'cloze':
      return {
        kind: 'cloze',
        lines: [
          field('text', card.content[lang].text),
          ...(card.content[lang].extra ? [field('extra', card.content[lang].extra ?? '')] : []),
        ],
      };
    case 'command':
      return {
        kind: 'command',
        lines: [
          field('task', card.content[lang].task),
          field('answer', card.answer),
          ...card.accept.map((a) => field('accept', a)),
          ...(card.content[lang].explain ? [field('explain', card.content[lang].explain ?? '')] : []),
        ],
      };
    case 'component':
      return {
        kind: 'component',
        lines: [
          field('name', card.name),
          field('plane', card.plane),
          ...(card.ports.length ? [field('ports', card.ports.join(' '))] : []),
          field('role', card.content[lang].role),
          ...(card.content[lang].details ? [field('details', card.content[lang].details ?? '')] : []),
        ],
      };
    case 'object':
      return {
        kind: 'object',
        lines: [
          field('kind', card.objectKind),
          field('api-version', card.apiVersion),
          ...(card.shortNames.length ? [field('short-names', card.shortNames.join(' '))] : []),
          field('namespaced', card.namespaced ? 'yes' : 'no'),
          field('purpose', card.content[lang].purpose),
          ...(card.content[lang].fields ? [field('fields', card.content[lang].fields ?? '')] : []),
          ...(card.yaml ? [field('yaml', yamlText(card.yaml))] : []),
        ],
      };
    case 'manifest':
      return {
        kind: 'manifest',
        lines: [
          field('task', card.content[lang].task),
          field('yaml', yamlText(card.yaml)),
          ...(card.content[lang].explain ? [field('explain', card.content[lang].explain ?? '')] : []),
        ],
      };
    case 'procedure':
      return {
        kind: 'procedure',
        lines: [
          field('task', card.content[lang].task),
          ...card.content[lang].steps.flatMap((step, i) => {
            const command = card.commands[i];
            return [field('step', step), ...(command ? commandLines(command) : [])];
          }),
          ...(card.content[lang].explain ? [field('explain', card.content[lang].explain ?? '')] : []),
        ],
      };
    case 'diagnose':
      return {
        kind: 'diagnose',
        lines: [
          field('task', card.content[lang].task),
          field('output', card.output),
          field('answer', card.content[lang].answer),
          ...card.content[lang].distractors.map((d) => field('distractor', d)),
          ...(card.fix ? commandLines(card.fix) : []),
          ...(card.content[lang].explain ? [field('explain', card.content[lang].explain ?? '')] : []),
        ],
      };
  }
}

const commandLines = ({ command, accept }: StepCommand) => [field('command', command), ...accept.map((a) => field('accept', a))];

/** A deck as a Kubecards Markdown note (the cards/ syntax), which Kubecards imports again. */
export function deckToMarkdown(deckName: string, cards: readonly CardRecord[], lang: Lang): string {
  const front = [
    '---',
    'chapter: 0',
    'topic: 0',
    `title: ${deckName.replace(/\n/g, ' ')}`,
    'k8s: 1.35',
    'area: operations',
    'sources:',
    '  - Exported from Kubecards',
    '---',
    '',
    `# ${deckName}`,
    '',
  ];
  const blocks = notesOf(cards).map((note) => {
    const { kind, lines } = noteFields(note, lang);
    const tags = note[0].tags.filter((t) => !/^(chapter|topic|area)-/.test(t));
    return [
      `\`\`\`card ${kind} id=${noteId(note[0].noteId)}`,
      ...lines,
      ...(tags.length ? [`tags: ${tags.join(' ')}`] : []),
      '```',
      '',
    ].join('\n');
  });
  return `${front.join('\n')}\n${blocks.join('\n')}`;
}

const tsvField = (value: string) => (/[\t\n"]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);
const escapeHtml = (text: string) => escapeText(text).replace(/\n/g, '<br>');

const explainHtml = (explain: string | undefined) => (explain ? `<p>${escapeHtml(explain)}</p>` : '');

/**
 * Anki has no such card types: a procedure becomes its task → the steps in order with their commands; a diagnose card
 * its task, output and choices (in our order) → the answer, the fix and the explanation.
 */
export function exerciseFaces(card: ProcedureCard | DiagnoseCard, lang: Lang): [front: string, back: string] {
  const content = card.content[lang];
  const code = (command: StepCommand | null | undefined) => (command ? `<br><code>${escapeText(command.command)}</code>` : '');
  if (card.kind === 'procedure') {
    const steps = card.content[lang].steps.map((step, i) => `<li>${escapeHtml(step)}${code(card.commands[i])}</li>`);
    return [escapeHtml(content.task), `<ol>${steps.join('')}</ol>${explainHtml(content.explain)}`];
  }
  const { answer, distractors } = card.content[lang];
  const choices = choiceOrder(card).map((c) => `<li>${escapeHtml(c === 0 ? answer : (distractors[c - 1] ?? ''))}</li>`);
  const front = `${escapeHtml(content.task)}<pre>${escapeText(card.output)}</pre><ol type="A">${choices.join('')}</ol>`;
  return [front, `${escapeHtml(answer)}${code(card.fix)}${explainHtml(content.explain)}`];
}

/** A deck as Anki "Notes in Plain Text" (tab-separated, HTML, with guid, note type, deck and tags columns). */
export function deckToAnkiText(deckName: string, cards: readonly CardRecord[], lang: Lang): string {
  const header = ['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6'];
  const html = (card: ReviewCard, text: string) => (card.html ? text : escapeHtml(text));
  const rows = notesOf(cards).map((note) => {
    const [card] = note;
    let type = 'Basic';
    let front: string;
    let back: string;
    if (card.kind === 'cloze') {
      type = 'Cloze';
      front = html(card, card.content[lang].text);
      back = html(card, card.content[lang].extra ?? '');
    } else if (card.kind === 'basic') {
      if (note.some((c) => c.id.endsWith('#reverse'))) type = 'Basic (and reversed card)';
      front = html(card, card.content[lang].front);
      back = html(card, card.content[lang].back);
    } else if (card.kind === 'procedure' || card.kind === 'diagnose') {
      [front, back] = exerciseFaces(card, lang);
    } else {
      const { lines } = noteFields(note, lang);
      front = escapeHtml(lines[0].replace(/^[a-z-]+: /, ''));
      back = escapeHtml(lines.slice(1).join('\n'));
    }
    const tags = card.tags.filter((t) => !/^(chapter|topic|area)-/.test(t)).join(' ');
    return [card.noteId, type, deckName, front, back, tags].map(tsvField).join('\t');
  });
  return `${[...header, ...rows].join('\n')}\n`;
}
