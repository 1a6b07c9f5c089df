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
