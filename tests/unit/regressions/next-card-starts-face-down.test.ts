// After an answer, the next card showed the answer of the card before for one frame (the revealed flag was reset by
// an effect after paint).
import { expect, it } from 'vitest';
import { answer, play, sessionCard, T0 } from '../srs/sessionCards';

it('the card after an answer is face down with nothing entered, in the same state change as the answer', () => {
  const a = sessionCard('a');
  const b = sessionCard('b');
  const typed = play([
    { type: 'loaded', candidates: [a, b], now: T0 },
    { type: 'input', key: a.schedule.key, input: { typed: 'kubectl get po' } },
  ]);
  const next = answer(typed, 3, T0 + 1000);
  expect(next.current?.card.id).toBe('b');
  expect([next.revealedAt, next.backShown, next.input.typed]).toEqual([null, false, '']);
});
