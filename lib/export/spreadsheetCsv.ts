import type { CardRecord, ReviewLogRecord, ScheduleRecord } from '../db';
import type { Lang, ReviewCard } from '../model';

/** A cell a spreadsheet would read as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell for a spreadsheet. Text is always quoted, and text that a spreadsheet would run as a formula gets a
 * leading `'` inside the quotes, as OWASP recommends; numbers are written as numbers (they cannot hold a formula).
 */
export function spreadsheetCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

export const spreadsheetRow = (cells: readonly (string | number | null | undefined)[]) => cells.map(spreadsheetCell).join(',');

/** What a card asks, as plain text (the spreadsheet's "question" column). */
function question(card: ReviewCard, lang: Lang): string {
  switch (card.kind) {
    case 'basic':
      return card.content[lang].front;
    case 'cloze':
      return card.content[lang].text;
    case 'command':
    case 'manifest':
    case 'procedure':
    case 'diagnose':
      return card.content[lang].task;
    case 'component':
      return card.facet === 'name' ? card.content[lang].role : card.name;
    case 'object':
      return card.facet === 'kind' ? card.content[lang].purpose : card.objectKind;
  }
}

const STATES = ['new', 'learning', 'review', 'relearning'] as const;
const iso = (at: number | null | undefined) => (at === null || at === undefined ? '' : new Date(at).toISOString());

/** Every card's schedule, one row each, for a spreadsheet: deck, card, question, state, due, memory, counts. */
export function scheduleCsv(rows: readonly { deck: string; card: CardRecord; schedule: ScheduleRecord }[], lang: Lang): string {
  const header = 'deck,card,question,state,due,interval_days,stability,difficulty,reps,lapses,last_review,suspended';
  const lines = rows.map(({ deck, card, schedule: s }) =>
    spreadsheetRow([
      deck,
      card.id,
      question(card, lang),
      STATES[s.state],
      iso(s.due),
      s.scheduledDays,
      Math.round(s.stability * 1000) / 1000,
      Math.round(s.difficulty * 1000) / 1000,
      s.reps,
      s.lapses,
      iso(s.lastReview),
      s.suspended === 1 ? 1 : 0,
    ]),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

const RATINGS = ['', 'again', 'hard', 'good', 'easy'] as const;

/** The review log for a spreadsheet, one answer (or manual change) a row, oldest first, with deck and card by name. */
export function reviewLogSheetCsv(log: readonly ReviewLogRecord[], deckNames: ReadonlyMap<string, string>): string {
  const header = 'deck,card,time,rating,state_before,duration_ms,kind';
  const lines = [...log]
    .sort((a, b) => a.review - b.review)
    .map((r) =>
      spreadsheetRow([
        deckNames.get(r.deckId) ?? r.deckId,
        r.cardKey.slice(r.cardKey.indexOf('/') + 1),
        iso(r.review),
        r.kind === undefined || r.kind === 'review' ? RATINGS[r.rating] : '',
        STATES[r.before.state],
        Math.max(0, Math.round(r.durationMs)),
        r.kind ?? 'review',
      ]),
    );
  return `${[header, ...lines].join('\n')}\n`;
}
