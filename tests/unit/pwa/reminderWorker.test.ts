import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardKey, DB_NAME, type KubecardsDb, openDb, setSetting, syncDeck } from '../../../lib/db';
import { CardState } from '../../../lib/model';
import { artifact, basicCard } from '../db/helpers';

// The service worker's periodic-sync handler, run in Node with the worker's globals stood in: at most one notification
// a study day, none when nothing is due or the learner did not opt in. (The e2e test fires a real periodic sync.)

const now = Date.UTC(2026, 5, 10, 12);
const shown = vi.fn(async (_title: string, _options: NotificationOptions) => undefined);
const badge: number[] = [];
const cache = new Map<string, string>();
const standIns = {
  self: {
    addEventListener: () => undefined,
    registration: { showNotification: shown },
    navigator: { setAppBadge: async (n: number) => void badge.push(n), clearAppBadge: async () => void badge.push(0) },
    clients: {},
  },
  Notification: { permission: 'granted' },
  caches: {
    open: async () => ({
      match: async (key: string) => (cache.has(key) ? new Response(cache.get(key)) : undefined),
      put: async (key: string, response: Response) => void cache.set(key, await response.text()),
    }),
  },
};
const saved = Object.keys(standIns).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
let db: KubecardsDb;
let remind: (now: number) => Promise<void>;

const previousZone = process.env.TZ;
beforeAll(async () => {
  // Study days in UTC (rollover 04:00), whatever the machine's zone.
  process.env.TZ = 'UTC';
  for (const [name, value] of Object.entries(standIns)) Object.defineProperty(globalThis, name, { value, configurable: true });
  ({ remind } = await import('../../../lib/pwa/sw/reminders'));
  db = openDb(DB_NAME);
  await syncDeck(db, artifact([basicCard('c0', 0), basicCard('c1', 1)]), now);
});
afterAll(async () => {
  process.env.TZ = previousZone;
  db.close();
  await db.delete();
  for (const [name, descriptor] of saved)
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else Reflect.deleteProperty(globalThis, name);
});

const text = { title: 'Kubecards: cards are due', body: 'Cards due today: {count}. Tap to review them.' };

describe('the periodic-sync reminder', () => {
  it('with nothing due: the badge is cleared and nothing is shown', async () => {
    await setSetting(db, 'reminders', { badge: true, notify: true, time: '19:00', text });
    await remind(now);
    expect(badge.at(-1)).toBe(0);
    expect(shown).not.toHaveBeenCalled();
  });

  it('with cards due: the badge counts them and one notification shows, only once in the study day', async () => {
    const row = await db.schedule.get(cardKey('k8s', 'c0'));
    if (!row) throw new Error('no card');
    await db.schedule.put({ ...row, state: CardState.Review, due: now - 1000 });
    await remind(now);
    expect(badge.at(-1)).toBe(1);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(shown.mock.calls[0]?.[1]).toMatchObject({ body: 'Cards due today: 1. Tap to review them.', data: { url: '/review' } });
    await remind(now + 3_600_000);
    expect(shown).toHaveBeenCalledTimes(1);
    // The next study day (after the 04:00 rollover, UTC here): again.
    await remind(now + 24 * 3_600_000);
    expect(shown).toHaveBeenCalledTimes(2);
  });

  it('the learner’s choices hold: no badge when turned off, no notification without opting in', async () => {
    await setSetting(db, 'reminders', { badge: false, notify: false, time: '19:00', text });
    await remind(now + 48 * 3_600_000);
    expect(badge.at(-1)).toBe(0);
    expect(shown).toHaveBeenCalledTimes(2);
  });
});
