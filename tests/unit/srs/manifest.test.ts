import { describe, expect, it } from 'vitest';
import type { HighlightLine } from '../../../lib/model';
import { blanksOf, checkBlanks, normalizeYamlValue } from '../../../lib/srs';

const lines: HighlightLine[] = [
  [
    ['k', 'replicas'],
    ['p', ':'],
    ['', ' '],
    ['n', '{{c1::3}}'],
  ],
  [
    ['k', 'verbs'],
    ['p', ':'],
    ['', ' '],
    ['', '{{c2::[get, list]::verbs}}'],
  ],
  [
    ['k', 'enabled'],
    ['p', ':'],
    ['', ' '],
    ['', '{{c3::true}}'],
  ],
];

describe('manifest blanks', () => {
  it('finds the blanks in reading order with their hints', () => {
    expect(blanksOf(lines)).toEqual([
      { index: 0, cloze: 1, answer: '3' },
      { index: 1, cloze: 2, answer: '[get, list]', hint: 'verbs' },
      { index: 2, cloze: 3, answer: 'true' },
    ]);
  });

  it('compares structurally: quotes, spaces, list order and boolean case do not matter', () => {
    expect(checkBlanks(lines, [' "3" ', '[list,get]', 'True']).map((r) => r.correct)).toEqual([true, true, true]);
  });

  it('a different value, an extra list item or an empty blank is wrong', () => {
    expect(checkBlanks(lines, ['4', '[get, list, watch]', '']).map((r) => r.correct)).toEqual([false, false, false]);
  });

  it.each([
    ["'nginx'", 'nginx'],
    ['3.0', '3'],
    ['[ a ,b ]', '[a,b]'],
    ['NULL', 'null'],
  ])('normalizes %s → %s', (value, normal) => expect(normalizeYamlValue(value)).toBe(normal));
});
