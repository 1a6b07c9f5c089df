import { describe, expect, it } from 'vitest';
import { CardState } from '../../../lib/model';
import { initialSession, type SessionState, upcomingOf } from '../../../lib/srs/session';
import { answer, gradeOnScreen, keyOf, lookAt, play, sessionCard, T0 } from './sessionCards';

const a = sessionCard('a');
const b = sessionCard('b');
const c = sessionCard('c');
/** A learning card answered Again earlier, falling due a minute from now. */
const learning = sessionCard('l', { version: 3, state: CardState.Learning, due: T0 + 60_000 });

const started = (...cards: (typeof a)[]) => play([{ type: 'loaded', candidates: cards, now: T0 }]);
const answers = (state: SessionState) => state.outbox.filter((c) => c.type === 'answer');

describe('a refreshed queue never replaces the card on screen', () => {
  it('while the learner types: the text stays, the due card comes next', () => {
    const typing = play([{ type: 'input', key: a.schedule.key, input: { typed: 'kubectl get po' } }], started(a, b));
    const refreshed = play([{ type: 'loaded', candidates: [learning, a, b], now: T0 + 61_000 }], typing);
    expect(keyOf(refreshed)).toBe('a');
    expect(refreshed.input.typed).toBe('kubectl get po');
    expect(upcomingOf(refreshed)?.card.id).toBe('l');
  });

  it('while the answer is shown', () => {
    const shown = play(lookAt(started(a, b), T0 + 1000), started(a, b));
    const refreshed = play([{ type: 'loaded', candidates: [learning, a], now: T0 + 61_000 }], shown);
    expect(keyOf(refreshed)).toBe('a');
    expect(refreshed.revealedAt).toBe(T0 + 1000);
    expect(refreshed.backShown).toBe(true);
  });

  it('between "show answer" and the grade: the grade goes to the card whose back was shown', () => {
    const s0 = started(a, b);
    const revealed = play([{ type: 'reveal', now: T0 + 1000 }], s0);
    const refreshed = play(
      [
        { type: 'loaded', candidates: [learning, a], now: T0 + 61_000 },
        { type: 'back-shown', key: a.schedule.key, version: 0 },
        gradeOnScreen(revealed, 3, T0 + 62_000),
      ],
      revealed,
    );
    expect(answers(refreshed).map((c) => c.card.card.id)).toEqual(['a']);
    expect(keyOf(refreshed)).toBe('l');
  });

  it('a grade meant for another card or version is not taken', () => {
    const shown = play(lookAt(started(a, b), T0), started(a, b));
    const stale = play(
      [
        { type: 'grade', key: b.schedule.key, version: 0, rating: 3, now: T0, burySiblings: false },
        { type: 'grade', key: a.schedule.key, version: 7, rating: 3, now: T0, burySiblings: false },
      ],
      shown,
    );
    expect(stale.outbox).toEqual([]);
    expect(keyOf(stale)).toBe('a');
  });

  it('a grade is taken only once the back has been painted', () => {
    const s0 = started(a, b);
    const early = play([{ type: 'reveal', now: T0 }, gradeOnScreen(s0, 3, T0)], s0);
    expect(early.outbox).toEqual([]);
    expect(keyOf(early)).toBe('a');
  });

  it('the same card at a newer version refreshes it while untouched and face down (an edit), never once revealed', () => {
    const edited = sessionCard('a', { version: 1 });
    expect(play([{ type: 'loaded', candidates: [edited, b], now: T0 }], started(a, b)).current?.schedule.version).toBe(1);
    const shown = play(lookAt(started(a, b), T0), started(a, b));
    expect(play([{ type: 'loaded', candidates: [edited, b], now: T0 }], shown).current?.schedule.version).toBe(0);
  });
});

describe('answering', () => {
  it('shows the next card at once, face down, and queues the write against the version shown', () => {
    const next = answer(started(a, b), 3, T0 + 5000);
    expect(keyOf(next)).toBe('b');
    expect(next.revealedAt).toBeNull();
    expect(next.input.typed).toBe('');
    expect(answers(next)).toMatchObject([{ type: 'answer', rating: 3, card: { schedule: { key: 'k8s/a', version: 0 } } }]);
  });

  it('a read taken before the write committed does not bring the answered card back', () => {
    const next = answer(started(a, b), 3, T0);
    const [write] = next.outbox;
    const read = play([{ type: 'loaded', candidates: [a, b], now: T0 + 10 }], next);
    expect(keyOf(read)).toBe('b');
    expect(upcomingOf(read)).toBeNull();
    // Once written, the card comes back at its new version when it is due again (a learning step).
    const after = play(
      [
        { type: 'committed', id: write.id, token: 'log-1' },
        { type: 'loaded', candidates: [b, sessionCard('a', { version: 1, state: CardState.Learning })], now: T0 + 60_000 },
      ],
      read,
    );
    expect(upcomingOf(after)?.card.id).toBe('a');
  });

  it('a failed write brings the card back with the reason and what was typed, and nothing is queued twice', () => {
    const typed = play([{ type: 'input', key: a.schedule.key, input: { typed: 'kubectl get po' } }], started(a, b));
    const next = answer(typed, 3, T0);
    const failed = play([{ type: 'failed', id: next.outbox[0].id, failure: { kind: 'storage-full' }, now: T0 + 50 }], next);
    expect(keyOf(failed)).toBe('a');
    expect(failed.revealedAt).toBeNull();
    expect(failed.input.typed).toBe('kubectl get po');
    expect(failed.notice).toEqual({ kind: 'storage-full' });
    expect(failed.outbox).toEqual([]);
    expect(failed.undo).toEqual([]);
    expect(upcomingOf(failed)?.card.id).toBe('b');
  });

  it('a write refused as stale (changed in another tab) says so and lets the stored queue decide', () => {
    const next = answer(started(a, b), 3, T0);
    const refused = play([{ type: 'failed', id: next.outbox[0].id, failure: { kind: 'stale' }, now: T0 + 50 }], next);
    expect(keyOf(refused)).toBe('b');
    expect(refused.notice).toEqual({ kind: 'stale' });
    expect(play([{ type: 'loaded', candidates: [sessionCard('a', { version: 2 })], now: T0 }], refused).handled['k8s/a']).toBeUndefined();
  });

  it('burying siblings: the sibling read ahead is skipped, a learning sibling is not', () => {
    const a1 = sessionCard('n#1');
    const a2 = sessionCard('n#2');
    const a3 = sessionCard('n#3', { state: CardState.Learning, due: T0 });
    const next = answer(started(a1, a2, a3, b), 3, T0, true);
    expect(keyOf(next)).toBe('n#3');
    expect(upcomingOf(next)?.card.id).toBe('b');
  });

  it('finishes when the queue is empty, and the next read brings new cards', () => {
    const done = answer(started(a), 3, T0);
    expect(done.current).toBeNull();
    expect(keyOf(play([{ type: 'loaded', candidates: [b], now: T0 + 1 }], done))).toBe('b');
  });
});

describe('undo', () => {
  it('after a refresh: the answered card comes back face down, the card it displaces comes next', () => {
    const next = answer(started(a, b), 3, T0);
    const undone = play(
      [
        { type: 'committed', id: next.outbox[0].id, token: 'log-1' },
        { type: 'loaded', candidates: [b, c], now: T0 + 100 },
        { type: 'undo', now: T0 + 200 },
      ],
      next,
    );
    expect(keyOf(undone)).toBe('a');
    expect(undone.notice).toEqual({ kind: 'undone' });
    expect(undone.outbox).toMatchObject([{ type: 'undo', target: next.outbox[0].id }]);
    expect(undone.tokens[next.outbox[0].id]).toBe('log-1');
    expect(upcomingOf(undone)?.card.id).toBe('b');
    // The undo's write gives the card its new version: answering it again is not refused.
    const restored = sessionCard('a', { version: 2 }).schedule;
    const written = play([{ type: 'committed', id: undone.outbox[0].id, schedule: restored }], undone);
    expect(written.current?.schedule.version).toBe(2);
    expect(written.tokens).toEqual({});
  });

  it('before the answer was written: the undo waits behind the write, in order', () => {
    const next = answer(started(a, b), 3, T0);
    const undone = play([{ type: 'undo', now: T0 + 1 }], next);
    expect(undone.outbox.map((c) => c.type)).toEqual(['answer', 'undo']);
    const answered = play([{ type: 'committed', id: next.outbox[0].id, token: 'log-1' }], undone);
    expect(answered.tokens[next.outbox[0].id]).toBe('log-1');
  });

  it('an answer whose write failed after the learner undid it brings nothing back twice', () => {
    const next = answer(started(a, b), 3, T0);
    const undone = play([{ type: 'undo', now: T0 + 1 }], next);
    const failed = play([{ type: 'failed', id: next.outbox[0].id, failure: { kind: 'storage-full' }, now: T0 + 2 }], undone);
    expect(keyOf(failed)).toBe('a');
    expect(failed.outbox).toEqual([]);
    expect(failed.undo).toEqual([]);
  });

  it('after bury or suspend: the card comes back; setting it aside again shows the next card, never an empty screen', () => {
    for (const how of ['bury', 'suspend'] as const) {
      const aside = play([{ type: 'set-aside', how, now: T0 }], started(a, b));
      expect(keyOf(aside)).toBe('b');
      expect(aside.notice).toEqual({ kind: how === 'bury' ? 'buried' : 'suspended' });
      const back = play(
        [
          { type: 'committed', id: aside.outbox[0].id, token: 'undo-1' },
          { type: 'undo', now: T0 + 1 },
        ],
        aside,
      );
      expect(keyOf(back)).toBe('a');
      const again = play([{ type: 'set-aside', how, now: T0 + 2 }], back);
      expect(keyOf(again)).toBe('b');
    }
  });

  it('an action from the More menu joins the undo stack; a flag keeps the card on screen', () => {
    const flagged = sessionCard('a', { version: 1 }).schedule;
    const kept = play(
      [{ type: 'action-applied', key: a.schedule.key, token: 'flag-undo', schedule: flagged, leaves: false, now: T0 }],
      started(a, b),
    );
    expect(kept.current?.schedule.version).toBe(1);
    expect(kept.undo).toHaveLength(1);
    const left = play(
      [{ type: 'action-applied', key: 'k8s/a', token: 'forget-undo', schedule: flagged, leaves: true, now: T0 }],
      started(a, b),
    );
    expect(keyOf(left)).toBe('b');
    const back = play([{ type: 'undo', now: T0 + 1 }], left);
    expect(keyOf(back)).toBe('a');
    expect(Object.values(back.tokens)).toEqual(['forget-undo']);
  });

  it('does nothing with an empty stack', () => {
    const s0 = started(a, b);
    expect(play([{ type: 'undo', now: T0 }], s0)).toBe(s0);
  });
});

describe('cram and review-ahead order', () => {
  const cramming = (...cards: (typeof a)[]) => play([{ type: 'loaded', candidates: cards, now: T0 }], initialSession(true, T0));

  it('cram: Again sends the card to the end, any other answer takes it out; nothing is written', () => {
    const s0 = cramming(a, b, c);
    const s1 = answer(s0, 1, T0);
    expect(keyOf(s1)).toBe('b');
    expect(s1.crammed.later).toEqual(['k8s/a']);
    const s2 = answer(s1, 3, T0 + 1);
    const s3 = answer(s2, 3, T0 + 2);
    expect(keyOf(s3)).toBe('a');
    expect(s3.crammed.done).toEqual(['k8s/b', 'k8s/c']);
    expect(s3.outbox).toEqual([]);
    const undone = play([{ type: 'undo', now: T0 + 3 }], s3);
    expect(keyOf(undone)).toBe('c');
    expect(undone.crammed.done).toEqual(['k8s/b']);
  });

  it('review ahead: cards come in the order the queue gives (soonest first)', () => {
    const soon = sessionCard('s', { state: CardState.Review, due: T0 + 86_400_000 });
    const later = sessionCard('t', { state: CardState.Review, due: T0 + 3 * 86_400_000 });
    const s1 = answer(started(soon, later), 3, T0);
    expect(keyOf(s1)).toBe('t');
  });
});

describe('the read-ahead card', () => {
  it('is invalidated by an edit: the edited version comes next', () => {
    const edited = sessionCard('b', { version: 4 });
    const refreshed = play([{ type: 'loaded', candidates: [a, edited], now: T0 }], started(a, b));
    expect(upcomingOf(refreshed)?.schedule.version).toBe(4);
    expect(answer(refreshed, 3, T0).current?.schedule.version).toBe(4);
  });

  it("is invalidated by another tab's answer: the card it answered no longer comes next", () => {
    const refreshed = play([{ type: 'loaded', candidates: [a, c], now: T0 }], started(a, b));
    expect(upcomingOf(refreshed)?.card.id).toBe('c');
  });
});
