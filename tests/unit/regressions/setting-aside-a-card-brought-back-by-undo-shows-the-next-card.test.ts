// After an undo the card stayed pinned in front, so suspending or burying it (keys or the More menu) left the
// "finished" screen until the next answer.
import { expect, it } from 'vitest';
import { answer, play, sessionCard, T0 } from '../srs/sessionCards';

it('undo, then bury or suspend the card it brought back: the next card shows', () => {
  const a = sessionCard('a');
  const b = sessionCard('b');
  for (const how of ['bury', 'suspend'] as const) {
    const answered = answer(play([{ type: 'loaded', candidates: [a, b], now: T0 }]), 3, T0);
    const undone = play(
      [
        { type: 'committed', id: answered.outbox[0].id, token: 'log' },
        { type: 'undo', now: T0 + 1 },
      ],
      answered,
    );
    expect(undone.current?.card.id).toBe('a');
    const aside = play([{ type: 'set-aside', how, now: T0 + 2 }], undone);
    expect(aside.current?.card.id).toBe('b');
  }
});
