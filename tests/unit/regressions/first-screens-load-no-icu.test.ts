import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

// Issue 17 §3: the first use of Intl loads ICU data, 20–60 ms of the main thread here and four times that on a phone's
// CPU; the first screens used it only for thousands separators (at load) and for today's study day.
it("the first screens' strings and study day need no Intl", async () => {
  vi.resetModules();
  vi.stubGlobal(
    'Intl',
    new Proxy(Intl, {
      get(_, name) {
        throw new Error(`Intl.${String(name)} used`);
      },
    }),
  );
  const { translator } = await import('../../../lib/i18n/translate');
  const { enCore } = await import('../../../lib/i18n/en');
  const { today } = await import('../../../lib/hooks/studySettings');

  expect(translator(enCore)('home.cardsTotal', { count: 1100 })).toContain('1,100');
  expect(today(Date.UTC(2026, 0, 15, 12), 4).end - today(Date.UTC(2026, 0, 15, 12), 4).start).toBe(86_400_000);
});

// The home screen counts the app badge as it opens (where the browser has the Badging API, as Chromium does even in a
// tab): that count asked Intl for the time zone, and its ICU load was the longest task of a first visit's home screen.
it('the app badge counted when the home screen opens needs no Intl', async () => {
  vi.resetModules();
  const badges: number[] = [];
  vi.stubGlobal('navigator', {
    setAppBadge: async (n: number) => void badges.push(n),
    clearAppBadge: async () => void badges.push(0),
  });
  vi.stubGlobal(
    'Intl',
    new Proxy(Intl, {
      get(_, name) {
        throw new Error(`Intl.${String(name)} used`);
      },
    }),
  );
  const { refreshAppBadge } = await import('../../../lib/hooks/appBadge');
  expect(await refreshAppBadge(Date.UTC(2026, 0, 15, 12))).toBe(0);
  expect(badges).toEqual([0]);
});
