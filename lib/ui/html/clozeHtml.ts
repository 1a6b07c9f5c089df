import { parseCloze } from '../../model';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An imported (HTML) cloze with deletion `active` hidden or marked; it is sanitized afterwards like any field. */
export function clozeHtml(text: string, active: number, revealed: boolean): string {
  return parseCloze(text)
    .map((part) => {
      if (!('cloze' in part)) return part.text;
      if (part.cloze !== active) return part.answer;
      if (revealed) return `<mark class="cloze">${part.answer}</mark>`;
      return `<span class="cloze cloze-blank">[${part.hint ? escapeHtml(part.hint) : '…'}]</span>`;
    })
    .join('');
}
