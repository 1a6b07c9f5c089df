import { describe, expect, it } from 'vitest';
import { CardState, type Rating } from '../../../lib/model';
import { initialSession, type SessionEvent, type SessionState, sessionReducer } from '../../../lib/srs/session';
import { prng } from '../prng';
import { sessionCard, T0 } from './sessionCards';

const IDS = ['a#1', 'a#2', 'b', 'c', 'd', 'e'];
const RUNS = 100;
const STEPS = 120;

/** A random event, often aimed at the card on screen, sometimes at another card or an older version of it. */
function randomEvent(state: SessionState, random: () => number, now: number, versions: Map<string, number>): SessionEvent {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const current = state.current?.schedule;
  const target = current && random() < 0.7 ? current : { key: `k8s/${pick(IDS)}`, version: Math.floor(random() * 3) };
  switch (
    pick(['loaded', 'loaded', 'reveal', 'shown', 'shown', 'input', 'grade', 'grade', 'aside', 'undo', 'settle', 'settle', 'action'])
  ) {
    case 'loaded': {
      const candidates = IDS.filter(() => random() < 0.6).map((id) => {
        // Stored versions only grow; a read may also be older than what the session already knows.
        const stored = versions.get(id) ?? 0;
        const version = random() < 0.2 ? Math.max(0, stored - 1) : stored;
        return sessionCard(id, { version, state: pick([CardState.New, CardState.Learning, CardState.Review]) });
      });
      return { type: 'loaded', candidates, now };
    }
    case 'reveal':
      return { type: 'reveal', now };
    case 'shown':
      return { type: 'back-shown', key: target.key, version: target.version };
    case 'input':
      return { type: 'input', key: target.key, input: { typed: 'x' } };
    case 'grade':
      return {
        type: 'grade',
        key: target.key,
        version: target.version,
        rating: pick([1, 2, 3, 4] as Rating[]),
        now,
        burySiblings: random() < 0.5,
      };
    case 'aside':
      return { type: 'set-aside', how: pick(['bury', 'suspend'] as const), now };
    case 'undo':
      return { type: 'undo', now };
    case 'action':
      return {
        type: 'action-applied',
        key: target.key,
        token: 'action',
        schedule: sessionCard(target.key.slice(4), { version: target.version + 1 }).schedule,
        leaves: random() < 0.5,
        now,
      };
    default: {
      const command = state.outbox[0];
      if (command === undefined) return { type: 'undo', now };
      if (random() < 0.8) return { type: 'committed', id: command.id, token: `t${command.id}` };
      return { type: 'failed', id: command.id, failure: pick([{ kind: 'stale' }, { kind: 'storage-full' }] as const), now };
    }
  }
}

describe('the review session, for random event sequences', () => {
  it('logs every answer for a card whose back was shown and painted, at the version that was shown', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const random = prng(seed);
      const versions = new Map<string, number>();
      let state = initialSession(random() < 0.2, T0);
      const seen = new Set<number>();
      for (let step = 0; step < STEPS; step++) {
        const now = T0 + step * 1000;
        const event = randomEvent(state, random, now, versions);
        const before = state;
        state = sessionReducer(state, event);
        for (const command of state.outbox) {
          if (seen.has(command.id)) continue;
          seen.add(command.id);
          if (command.type !== 'answer') continue;
          const shown = before.current?.schedule;
          // The card answered is the one that was on screen, revealed and painted, at the version shown.
          expect({ seed, step, key: shown?.key, version: shown?.version, painted: before.backShown }).toEqual({
            seed,
            step,
            key: command.card.schedule.key,
            version: command.card.schedule.version,
            painted: true,
          });
          expect(before.revealedAt).not.toBeNull();
          const id = command.card.card.id;
          versions.set(id, (versions.get(id) ?? 0) + 1);
        }
        // A refresh never changes which card is on screen once the learner has acted on it.
        if (event.type === 'loaded' && before.current && (before.revealedAt !== null || before.input.typed !== '')) {
          expect(state.current).toBe(before.current);
        }
      }
    }
  });
});
