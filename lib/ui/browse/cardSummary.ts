import type { Lang, ReviewCard } from '../../model';
import { plainText } from '../../srs';

/**
 * What a card asks, as one line of plain text for a list: HTML and Markdown marks removed, cloze deletions shown as
 * their text (without `{{c1::…}}`), whitespace collapsed. Never an internal id. The list clamps it on screen with an
 * ellipsis, so words are never cut here.
 */
export function cardSummary(card: ReviewCard, lang: Lang): string {
  return plainLine(questionOf(card, lang));
}

/** The answer side, as one line (for the laptop table). */
export function cardAnswerSummary(card: ReviewCard, lang: Lang): string {
  return plainLine(answerOf(card, lang));
}

function questionOf(card: ReviewCard, lang: Lang): string {
  switch (card.kind) {
    case 'basic':
      return card.content[lang].front;
    case 'cloze':
      return card.content[lang].text;
    case 'component':
      return card.facet === 'name' ? card.content[lang].role : card.name;
    case 'object':
      return card.facet === 'kind' ? card.content[lang].purpose : card.objectKind;
    default:
      return card.content[lang].task;
  }
}

function answerOf(card: ReviewCard, lang: Lang): string {
  switch (card.kind) {
    case 'basic':
      return card.content[lang].back;
    case 'cloze':
      return card.content[lang].extra ?? '';
    case 'component':
      return card.facet === 'name' ? card.name : card.content[lang].role;
    case 'object':
      return card.facet === 'kind' ? card.objectKind : `${card.apiVersion} · ${card.content[lang].purpose}`;
    case 'command':
      return card.answer;
    case 'diagnose':
      return card.content[lang].answer;
    case 'procedure':
      return card.content[lang].steps.join(' → ');
    case 'manifest':
      return card.content[lang].explain ?? '';
  }
}

function plainLine(text: string): string {
  return plainText(
    text
      .replace(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g, '$1')
      .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/\*([^*\s][^*]*)\*/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/^#+\s+/gm, ''),
  );
}
