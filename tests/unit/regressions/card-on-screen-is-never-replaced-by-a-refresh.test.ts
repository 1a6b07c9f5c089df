// A learning card that fell due mid-session took the place of the card on screen (the session showed whatever the
// queue put first on every 15 s refresh): a half-typed command vanished, a revealed answer turned face down, and a
// Good meant for one card was logged for another.
import { expect, it } from 'vitest';
import { CardState } from '../../../lib/model';
import { upcomingOf } from '../../../lib/srs/session';
import { answer, play, sessionCard, T0 } from '../srs/sessionCards';

it('a refresh that brings a due card keeps the card on screen and what was typed; the due card comes next', () => {
  const etcd = sessionCard('etcd-quorum');
  const nodes = sessionCard('arch-node-components#c1', { version: 2, state: CardState.Learning, due: T0 + 30_000 });
  const typing = play([
    { type: 'loaded', candidates: [etcd], now: T0 },
    { type: 'input', key: etcd.schedule.key, input: { typed: 'etcdctl endpoint' } },
  ]);
  const refreshed = play([{ type: 'loaded', candidates: [nodes, etcd], now: T0 + 45_000 }], typing);
  expect(refreshed.current?.card.id).toBe('etcd-quorum');
  expect(refreshed.input.typed).toBe('etcdctl endpoint');
  expect(upcomingOf(refreshed)?.card.id).toBe('arch-node-components#c1');
  const graded = answer(refreshed, 3, T0 + 46_000);
  expect(graded.outbox.map((c) => c.card.card.id)).toEqual(['etcd-quorum']);
});
