import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, loadQueue, openDb, Parked, releaseBuried, syncDeck, undoAnswer } from '../../../lib/db';
import { CardState } from '../../../lib/model';
import { createScheduler, DEFAULT_QUEUE_LIMITS, DEFAULT_SCHEDULER_SETTINGS, studyDay } from '../../../lib/srs';
import { artifact, basicCard, freshName } from './helpers';

const now = Date.UTC(2026, 5, 10, 12);
const day = studyDay(now, 'UTC', 4);
const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });
const key = (id: string) => cardKey('k8s', id);
let db: KubecardsDb;

beforeEach(async () => {
  db = openDb(freshName());
  // Note "n" has two cards (forward and reverse); "m" one.
  await syncDeck(db, artifact([basicCard('n', 0), { ...basicCard('n#reverse', 1), noteId: 'n' }, basicCard('m', 2)]), now);
});
afterEach(() => db.close());

describe('burying siblings', () => {
  it('answering a card buries its new siblings until the next study day; undo brings them back', async () => {
    const log = await answerCard(db, scheduler, {
      cardKey: key('n'),
      shownVersion: 0,
      rating: 3,
      now,
      durationMs: 1,
      day: day.key,
      burySiblingsUntil: day.end,
    });
    expect(await db.schedule.get(key('n#reverse'))).toMatchObject({ queue: Parked.Buried, buriedUntil: day.end });
    expect((await loadQueue(db, 'k8s', now + 1, day, DEFAULT_QUEUE_LIMITS)).counts.new).toBe(1);
    await undoAnswer(db, log.id as number, 0, now);
    expect(await db.schedule.get(key('n#reverse'))).toMatchObject({ queue: CardState.New, buriedUntil: 0 });
  });

  it('the next study day releases buried cards', async () => {
    await answerCard(db, scheduler, {
      cardKey: key('n'),
      shownVersion: 0,
      rating: 3,
      now,
      durationMs: 1,
      day: day.key,
      burySiblingsUntil: day.end,
    });
    expect(await releaseBuried(db, now + 60_000)).toBe(0);
    expect(await releaseBuried(db, day.end + 1)).toBe(1);
    expect(await db.schedule.get(key('n#reverse'))).toMatchObject({ queue: CardState.New });
  });
});

describe('leeches', () => {
  it('the lapse that reaches the threshold marks the card and suspends it', async () => {
    let t = now;
    let version = 0;
    const answer = async (rating: 1 | 3) => {
      await answerCard(
        db,
        scheduler,
        { cardKey: key('m'), shownVersion: version++, rating, now: t, durationMs: 1 },
        { threshold: 2, action: 'suspend' },
      );
      t = ((await db.schedule.get(key('m')))?.due ?? t) + 1;
    };
    await answer(3);
    await answer(3);
    await answer(3); // now in review
    await answer(1); // lapse 1
    const afterOne = await db.schedule.get(key('m'));
    expect([afterOne?.lapses, afterOne?.leech, afterOne?.suspended]).toEqual([1, undefined, undefined]);
    await answer(3);
    await answer(3);
    await answer(1); // lapse 2: leech
    expect(await db.schedule.get(key('m'))).toMatchObject({ lapses: 2, leech: 1, suspended: 1, queue: Parked.Suspended });
  });
});

describe('daily statistics', () => {
  it('each answer adds to its day; undo takes it back', async () => {
    const log = await answerCard(db, scheduler, { cardKey: key('m'), shownVersion: 0, rating: 4, now, durationMs: 3000, day: day.key });
    expect(await db.dailyStats.get(`k8s|${day.key}`)).toMatchObject({ reviews: 1, learned: 1, timeMs: 3000, buttons: [0, 0, 0, 1] });
    await undoAnswer(db, log.id as number, 0, now);
    expect(await db.dailyStats.get(`k8s|${day.key}`)).toMatchObject({ reviews: 0, learned: 0, timeMs: 0, buttons: [0, 0, 0, 0] });
  });
});

describe('card actions', () => {
  it('suspend takes the card out of the queue; undo puts it back', async () => {
    const { applyCardAction, undoCardAction } = await import('../../../lib/db');
    const undo = await applyCardAction(db, key('m'), 0, { type: 'suspend' }, now);
    expect((await loadQueue(db, 'k8s', now, day, DEFAULT_QUEUE_LIMITS)).cards.map((c) => c.cardId)).not.toContain(key('m'));
    await undoCardAction(db, undo, 0, now);
    expect((await loadQueue(db, 'k8s', now, day, DEFAULT_QUEUE_LIMITS)).cards.map((c) => c.cardId)).toContain(key('m'));
  });

  it('forget resets a reviewed card to new and logs it; reschedule sets the due date; stale actions are refused', async () => {
    const { applyCardAction, StaleReviewError } = await import('../../../lib/db');
    await answerCard(db, scheduler, { cardKey: key('m'), shownVersion: 0, rating: 4, now, durationMs: 1 });
    await applyCardAction(db, key('m'), 1, { type: 'forget' }, now + 1000);
    expect(await db.schedule.get(key('m'))).toMatchObject({ state: CardState.New, reps: 0, version: 2 });
    expect((await db.reviewLog.toArray()).map((l) => l.kind ?? 'review')).toEqual(['review', 'forget']);
    await applyCardAction(db, key('m'), 2, { type: 'reschedule', days: 7 }, now);
    expect(await db.schedule.get(key('m'))).toMatchObject({ due: now + 7 * 86_400_000, state: CardState.Review });
    await expect(applyCardAction(db, key('m'), 2, { type: 'suspend' }, now)).rejects.toBeInstanceOf(StaleReviewError);
  });
});

describe('custom study', () => {
  it('review ahead: cards due in the next days, beyond today', async () => {
    const { loadAheadQueue } = await import('../../../lib/db');
    await answerCard(db, scheduler, { cardKey: key('m'), shownVersion: 0, rating: 4, now, durationMs: 1 }); // due in days
    expect((await loadQueue(db, 'k8s', now, day, DEFAULT_QUEUE_LIMITS)).cards.map((c) => c.cardId)).not.toContain(key('m'));
    const ahead = await loadAheadQueue(db, 'k8s', 30, now, day, DEFAULT_QUEUE_LIMITS);
    expect(ahead.cards.map((c) => c.cardId)).toEqual([key('m')]);
  });

  it('cram: every card in note order, minus those crammed, Again ones last; nothing written', async () => {
    const { loadCramQueue } = await import('../../../lib/db');
    const order = async (done: string[], later: string[]) =>
      (await loadCramQueue(db, 'k8s', undefined, new Set(done), later, now)).cards.map((c) => c.cardId);
    expect(await order([], [])).toEqual([key('n'), key('n#reverse'), key('m')]);
    expect(await order([key('n')], [key('n#reverse')])).toEqual([key('m'), key('n#reverse')]);
    expect(await db.reviewLog.count()).toBe(0);
  });
});

describe('study a chapter, topic or tag now', () => {
  it('a tag (#name) selects the cards that carry it', async () => {
    const { loadTopicQueue } = await import('../../../lib/db');
    // The notes give "m" the tag (through the deck writer, which keeps the deck's search text current).
    await syncDeck(
      db,
      artifact([basicCard('n', 0), { ...basicCard('n#reverse', 1), noteId: 'n' }, { ...basicCard('m', 2), tags: ['cka-troubleshooting'] }]),
      now,
    );
    const q = await loadTopicQueue(db, 'k8s', '#cka-troubleshooting', now, day, DEFAULT_QUEUE_LIMITS);
    expect(q.cards.map((c) => c.cardId)).toEqual([key('m')]);
  });

  it('a chapter number selects every topic of the chapter', async () => {
    const { loadTopicQueue } = await import('../../../lib/db');
    await db.schedule.update(key('m'), { topic: '2.3' });
    expect((await loadTopicQueue(db, 'k8s', '2', now, day, DEFAULT_QUEUE_LIMITS)).cards.map((c) => c.cardId)).toEqual([key('m')]);
    expect((await loadTopicQueue(db, 'k8s', '1', now, day, DEFAULT_QUEUE_LIMITS)).cards.map((c) => c.cardId)).toEqual([key('n')]); // its reverse waits as a sibling
  });
});
