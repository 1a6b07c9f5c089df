import { describe, expect, it } from 'vitest';
import { type LogEvent, type MemoryState, memoryStateOf, newMemoryState, type Rating } from '../../../lib/model';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, type Scheduler } from '../../../lib/srs';
import { globalLogId, paramsIdOf, replayLog } from '../../../lib/sync';
import { prng } from '../prng';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 10, 1, 8);
const defaults = { ...DEFAULT_SCHEDULER_SETTINGS, fuzz: true };
const stricter = { ...defaults, desiredRetention: 0.95 };
const schedulers = new Map<string, Scheduler>([defaults, stricter].map((s) => [paramsIdOf(s), createScheduler(s)]));
const schedulerOf = (params: string) => {
  const scheduler = schedulers.get(params);
  if (!scheduler) throw new Error(`unknown params ${params}`);
  return scheduler;
};

/** Two devices answering the same few cards, with forgets, reschedules, marks and undos, over a month. */
function twoDeviceLog(seed: number): LogEvent[] {
  const random = prng(seed);
  const events: LogEvent[] = [];
  for (let i = 0; i < 300; i++) {
    const device = random() < 0.5 ? 'phone' : 'laptop';
    const at = start + Math.floor(random() * 30 * 24) * HOUR;
    const cardKey = `k8s|c${Math.floor(random() * 6)}`;
    const gid = globalLogId(device, at, i);
    const roll = random();
    if (roll < 0.7) {
      const params = paramsIdOf(random() < 0.5 ? defaults : stricter);
      const leech = random() < 0.05 ? { leech: 'suspend' as const } : {};
      events.push({ gid, cardKey, at, kind: 'review', rating: (1 + Math.floor(random() * 4)) as Rating, params, ...leech });
    } else if (roll < 0.74) events.push({ gid, cardKey, at, kind: 'forget' });
    else if (roll < 0.78) events.push({ gid, cardKey, at, kind: 'reschedule', due: at + 3 * 24 * HOUR, scheduledDays: 3 });
    else if (roll < 0.81) events.push({ gid, cardKey, at, kind: 'suspend' });
    else if (roll < 0.84) events.push({ gid, cardKey, at, kind: 'unsuspend' });
    else if (roll < 0.87) events.push({ gid, cardKey, at, kind: 'flag', flag: Math.floor(random() * 8) });
    else if (roll < 0.9) events.push({ gid, cardKey, at, kind: 'bury', until: at + 6 * HOUR });
    else if (events.length > 0) {
      const target = events[Math.floor(random() * events.length)] as LogEvent;
      events.push({ gid, cardKey: target.cardKey, at, kind: 'undo', target: target.gid });
    }
  }
  return events;
}

const shuffled = <T>(items: readonly T[], random: () => number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

/** The replay as bytes: cards in key order. */
const bytesOf = (events: readonly LogEvent[]) => {
  const { cards, before } = replayLog(events, schedulerOf);
  return JSON.stringify([[...cards].sort(([a], [b]) => (a < b ? -1 : 1)), [...before].sort(([a], [b]) => (a < b ? -1 : 1))]);
};

describe('replaying the merged log', () => {
  it('gives byte-identical schedules for the same events in any arrival order, with copies counted once', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const log = twoDeviceLog(seed);
      const expected = bytesOf(log);
      const random = prng(seed * 7919);
      for (let round = 0; round < 5; round++) {
        const arrived = shuffled([...log, ...log.filter(() => random() < 0.3)], random);
        expect(bytesOf(arrived), `seed ${seed} round ${round}`).toBe(expected);
      }
    }
  });

  it('goes on from where cards stand with later events as replaying them all does (what a pull in order relies on)', () => {
    for (const seed of [1, 2, 3]) {
      const log = [...twoDeviceLog(seed)].filter((event) => event.kind !== 'undo').sort((a, b) => a.at - b.at || (a.gid < b.gid ? -1 : 1));
      const whole = replayLog(log, schedulerOf);
      const cut = Math.floor(log.length / 2);
      const earlier = replayLog(log.slice(0, cut), schedulerOf);
      const from = new Map([...earlier.cards].flatMap(([key, card]) => (card ? [[key, card]] : [])));
      const onward = replayLog(log.slice(cut), schedulerOf, from);
      for (const [key, card] of onward.cards) expect(card, `seed ${seed} ${key}`).toEqual(whole.cards.get(key));
      for (const [gid, before] of onward.before) expect(before).toEqual(whole.before.get(gid));
    }
  });

  it('gives what answering live gave, each answer graded with the settings it recorded', () => {
    const answers: [number, Rating, typeof defaults][] = [
      [0, 3, defaults],
      [1, 1, defaults],
      [30, 3, stricter],
      [24 * 4, 4, stricter],
    ];
    let live: MemoryState = newMemoryState(start);
    const log: LogEvent[] = answers.map(([hours, rating, settings], i) => {
      const at = start + hours * HOUR;
      live = memoryStateOf(createScheduler(settings).grade(live, at, rating));
      return { gid: globalLogId('phone', at, i), cardKey: 'k8s|a', at, kind: 'review', rating, params: paramsIdOf(settings) };
    });
    expect(replayLog(log, schedulerOf).cards.get('k8s|a')?.memory).toEqual(live);
  });

  it('skips undone events, and a card whose every answer was undone is new again (due from the first)', () => {
    const params = paramsIdOf(defaults);
    const log: LogEvent[] = [
      { gid: 'p:1:1', cardKey: 'k8s|a', at: start, kind: 'review', rating: 3, params },
      { gid: 'p:2:2', cardKey: 'k8s|a', at: start + HOUR, kind: 'review', rating: 1, params, leech: 'suspend' },
      { gid: 'l:3:1', cardKey: 'k8s|a', at: start + 2 * HOUR, kind: 'undo', target: 'p:2:2' },
      { gid: 'p:4:3', cardKey: 'k8s|b', at: start, kind: 'review', rating: 3, params },
      { gid: 'l:5:2', cardKey: 'k8s|b', at: start + HOUR, kind: 'undo', target: 'p:4:3' },
    ];
    const { cards } = replayLog(log, schedulerOf);
    expect(cards.get('k8s|a')?.memory).toEqual(replayLog(log.slice(0, 1), schedulerOf).cards.get('k8s|a')?.memory);
    // The undone answer's leech mark goes with it.
    expect(cards.get('k8s|a')?.marks).toEqual({ leech: 0, suspended: 0 });
    expect(cards.get('k8s|b')).toEqual({ memory: newMemoryState(start), marks: {} });
  });

  it('replays marks in time order apart from the memory state; an undone mark is as if never made', () => {
    const params = paramsIdOf(defaults);
    const log: LogEvent[] = [
      { gid: 'p:1:1', cardKey: 'k8s|a', at: start, kind: 'review', rating: 3, params },
      { gid: 'l:2:1', cardKey: 'k8s|a', at: start + HOUR, kind: 'suspend' },
      { gid: 'p:3:2', cardKey: 'k8s|a', at: start + 2 * HOUR, kind: 'flag', flag: 2 },
      { gid: 'p:4:3', cardKey: 'k8s|a', at: start + 3 * HOUR, kind: 'flag', flag: 5 },
      { gid: 'l:5:2', cardKey: 'k8s|a', at: start + 4 * HOUR, kind: 'undo', target: 'p:4:3' },
      { gid: 'p:6:4', cardKey: 'k8s|b', at: start, kind: 'bury', until: start + 20 * HOUR },
      { gid: 'l:7:3', cardKey: 'k8s|c', at: start, kind: 'suspend' },
      { gid: 'l:8:4', cardKey: 'k8s|c', at: start + HOUR, kind: 'undo', target: 'l:7:3' },
    ];
    const { cards } = replayLog(log, schedulerOf);
    // The marks leave the answer's state as it was; the flag is the latest one not undone.
    expect(cards.get('k8s|a')).toEqual({
      memory: replayLog(log.slice(0, 1), schedulerOf).cards.get('k8s|a')?.memory,
      marks: { suspended: 1, flag: 2 },
    });
    // A card only buried: no memory state from its log (it stays as the device has it), buried until the same moment.
    expect(cards.get('k8s|b')).toEqual({ memory: null, marks: { buriedUntil: start + 20 * HOUR } });
    expect(cards.get('k8s|c')).toEqual({ memory: null, marks: { suspended: 0 } });
  });

  it('names the entry whose settings it does not know', () => {
    const log: LogEvent[] = [{ gid: 'p:1:1', cardKey: 'k8s|a', at: start, kind: 'review', rating: 3, params: 'pmissing' }];
    expect(() => replayLog(log, schedulerOf)).toThrow('unknown params pmissing');
  });
});
