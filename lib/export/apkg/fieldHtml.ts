import type { CardRecord } from '../../db';
import type { Translate } from '../../i18n/translate';
import type { HighlightLine, Lang, ReviewCard } from '../../model';
import { exerciseFaces } from '../deckExport';
import type { NotetypeShape } from './notetypes';

/** One Anki note drafted from one of our notes: its note type, its fields (HTML), and which card is which template. */
export interface NoteDraft {
  shape: NotetypeShape;
  fields: string[];
  cards: { ord: number; card: CardRecord }[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

const SAFE_HREF = /^(https?:\/\/|#)/;

/** Our inline Markdown (`code`, **bold**, *italic*, [links](https://…), line breaks) as HTML; cloze markers stay. */
export function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/\*([^*\s][^*]*)\*/g, '<i>$1</i>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, href: string) =>
      SAFE_HREF.test(href) ? `<a href="${href}">${label}</a>` : whole,
    )
    .replace(/\n/g, '<br>');
}

const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** A manifest as `<pre>`: its blanks shown as `[…]` (or their hint) on the front, in bold on the back. */
function yamlHtml(lines: readonly HighlightLine[], blanks: 'hidden' | 'revealed'): string {
  const text = escapeHtml(lines.map((line) => line.map(([, piece]) => piece).join('')).join('\n'));
  const shown = text.replace(CLOZE, (_, answer: string, hint?: string) => (blanks === 'hidden' ? `[${hint ?? '…'}]` : `<b>${answer}</b>`));
  return `<pre><code>${shown}</code></pre>`;
}

const prompt = (text: string) => `<p class="prompt">${escapeHtml(text)}</p>`;
const facts = (rows: [string, string][]) => `<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`;
const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
const paragraph = (markdown?: string) => (markdown ? `<p>${inlineHtml(markdown)}</p>` : '');

/** The front and back of one card as Anki HTML, as our review screen shows them. */
export function cardSides(card: ReviewCard, lang: Lang, t: Translate): { front: string; back: string } {
  const md = (text: string) => (card.html ? text : inlineHtml(text));
  switch (card.kind) {
    case 'basic':
      return { front: md(card.content[lang].front), back: md(card.content[lang].back) };
    case 'cloze':
      return { front: md(card.content[lang].text), back: md(card.content[lang].extra ?? '') };
    case 'command': {
      const { task, explain } = card.content[lang];
      const accepted = card.accept.length > 0 ? `<p>${card.accept.map(code).join('<br>')}</p>` : '';
      return { front: paragraph(task), back: `<pre><code>${escapeHtml(card.answer)}</code></pre>${accepted}${paragraph(explain)}` };
    }
    case 'component': {
      const { role, details } = card.content[lang];
      const front =
        card.facet === 'name'
          ? `${prompt(t('card.whichComponent'))}${paragraph(role)}`
          : `${prompt(t('card.whatComponent'))}<p>${code(card.name)}</p>`;
      const subject = card.facet === 'name' ? `<p>${code(card.name)}</p>` : paragraph(role);
      // The cluster diagram, as text: where the component runs and on which ports.
      const where = facts([
        [t('card.runsOn'), escapeHtml(t(`card.plane.${card.plane}`))],
        ...(card.ports.length > 0 ? ([[t('card.ports'), code(card.ports.join(', '))]] as [string, string][]) : []),
      ]);
      return { front, back: `${subject}${where}${paragraph(details)}` };
    }
    case 'object': {
      const { purpose, fields } = card.content[lang];
      const front =
        card.facet === 'kind'
          ? `${prompt(t('card.whichKind'))}${paragraph(purpose)}`
          : card.facet === 'facts'
            ? `${prompt(t('card.kindFacts'))}<p>${code(card.objectKind)}</p>`
            : `${prompt(t('card.recallBlanks', { kind: card.objectKind }))}${yamlHtml(card.yaml ?? [], 'hidden')}`;
      const back = [
        card.facet !== 'facts' ? `<p>${code(card.objectKind)}</p>` : '',
        facts([
          ['apiVersion', code(card.apiVersion)],
          [t('card.scope'), escapeHtml(card.namespaced ? t('card.namespaced') : t('card.clusterScoped'))],
          [t('card.shortNames'), card.shortNames.length > 0 ? code(card.shortNames.join(', ')) : escapeHtml(t('card.none'))],
        ]),
        card.facet !== 'kind' ? paragraph(purpose) : '',
        paragraph(fields),
        card.yaml ? yamlHtml(card.yaml, 'revealed') : '',
      ];
      return { front, back: back.join('') };
    }
    case 'manifest': {
      const { task, explain } = card.content[lang];
      return {
        front: `${prompt(t('card.fillBlanks'))}${paragraph(task)}${yamlHtml(card.yaml, 'hidden')}`,
        back: `${yamlHtml(card.yaml, 'revealed')}${paragraph(explain)}`,
      };
    }
    case 'procedure':
    case 'diagnose': {
      const [front, back] = exerciseFaces(card, lang);
      return { front, back };
    }
  }
}

/** Is the second card the first one turned round (Anki's "Basic (and reversed card)")? */
function isReversePair(cards: readonly CardRecord[], lang: Lang): boolean {
  const [a, b] = cards;
  if (cards.length !== 2 || a.kind !== 'basic' || b.kind !== 'basic') return false;
  if (b.id.endsWith('#reverse')) return true;
  return a.content[lang].front === b.content[lang].back && a.content[lang].back === b.content[lang].front;
}

/** The cards of one of our notes (same deck and note id, in order) as one Anki note. */
export function draftNote(cards: readonly CardRecord[], lang: Lang, t: Translate): NoteDraft {
  const [first] = cards;
  if (first.kind === 'cloze') {
    const clozes = cards.filter((c): c is CardRecord & { kind: 'cloze' } => c.kind === 'cloze');
    const { front, back } = cardSides(first, lang, t);
    return { shape: { kind: 'cloze' }, fields: [front, back], cards: clozes.map((card) => ({ ord: card.cloze - 1, card })) };
  }
  if (isReversePair(cards, lang)) {
    const { front, back } = cardSides(first, lang, t);
    return { shape: { kind: 'reversed' }, fields: [front, back], cards: cards.map((card, ord) => ({ ord, card })) };
  }
  if (cards.length === 1) {
    const { front, back } = cardSides(first, lang, t);
    const typeIn = first.kind === 'basic' && first.typeIn === true;
    return { shape: { kind: typeIn ? 'type-in' : 'basic' }, fields: [front, back], cards: [{ ord: 0, card: first }] };
  }
  return {
    shape: { kind: 'sides', count: cards.length },
    fields: cards.flatMap((card) => {
      const { front, back } = cardSides(card, lang, t);
      return [front, back];
    }),
    cards: cards.map((card, ord) => ({ ord, card })),
  };
}
