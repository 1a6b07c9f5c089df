import { describe, expect, it } from 'vitest';
import { parseText } from '../../../lib/import/text/parseText';

// The import's "First row names the columns" box showed unticked while the detected header row was already skipped.
describe('the parsed deck says whether its first row was read as column names', () => {
  it('a detected header row', () => {
    const parsed = parseText('Front,Back\nkubectl get pods,List pods\n', 'deck.csv');
    expect(parsed.ok && parsed.deck.headerRow).toBe(true);
    expect(parsed.ok && parsed.deck.notes.length).toBe(1);
  });

  it('no header row', () => {
    const parsed = parseText('kubectl get pods,List pods\nkubectl get svc,List services\n', 'deck.csv');
    expect(parsed.ok && parsed.deck.headerRow).toBe(false);
  });

  it('as the learner said', () => {
    const parsed = parseText('Front,Back\nkubectl get pods,List pods\n', 'deck.csv', { header: false });
    expect(parsed.ok && parsed.deck.headerRow).toBe(false);
    expect(parsed.ok && parsed.deck.notes.length).toBe(2);
  });
});
