// A live result read while an answer was being written still held the answered card at its old version, and the
// screen showed it again (one cause of a crash-test flake under load).
import { expect, it } from 'vitest';
import { answer, play, sessionCard, T0 } from '../srs/sessionCards';

it('the answered card at the version answered never comes back on screen', () => {
  const a = sessionCard('a');
  const b = sessionCard('b');
  const answered = answer(play([{ type: 'loaded', candidates: [a, b], now: T0 }]), 3, T0);
  const stale = play([{ type: 'loaded', candidates: [a, b], now: T0 + 5 }], answered);
  expect(stale.current?.card.id).toBe('b');
  const finished = answer(stale, 3, T0 + 10);
  const staleAgain = play([{ type: 'loaded', candidates: [a, b], now: T0 + 15 }], finished);
  expect(staleAgain.current).toBeNull();
});
