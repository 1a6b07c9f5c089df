import { afterAll, beforeAll, expect, it } from 'vitest';
import { type App, openApp, waitForServiceWorker } from './browser';

// Lighthouse on a first visit to /review (issue 17 §3, LCP 2.8-3.0 s simulated): while the page waited for the deck's
// first cards, the service worker was registered at hydration and precached the whole app (~450 files, its network and
// CPU shared with the first card), and ts-fsrs, workbox-window and the review's bottom bar downloaded before the card
// was painted, though the card's front needs none of them.

/** Text that only the code the first card does not need contains: ts-fsrs, workbox-window, the review's bottom bar. */
const NOT_FOR_THE_FIRST_CARD = ['enable_short_term', 'SKIP_WAITING', 'session-done'];

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

it('a first visit to /review paints the first card before the service worker and the code it does not need', async () => {
  const { page, baseUrl } = app;
  // When the page registers its service worker, and when the card enters the page (recorded in the page: the code it
  // does not need starts loading after that, once the card is painted).
  await page.addInitScript(() => {
    const seen = { registeredAt: -1, cardAt: -1 };
    (window as unknown as { firstCard: typeof seen }).firstCard = seen;
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
      if (seen.registeredAt < 0) seen.registeredAt = performance.now();
      return register.apply(this, args);
    };
    const cardSeen = new MutationObserver(() => {
      if (!document.querySelector('article.card')) return;
      seen.cardAt = performance.now();
      cardSeen.disconnect();
    });
    cardSeen.observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${baseUrl}/review`);
  await page.locator('article.card').waitFor();
  await waitForServiceWorker(page);

  const { registeredAt, cardAt, scriptsBefore } = await page.evaluate(() => {
    const seen = (window as unknown as { firstCard: { registeredAt: number; cardAt: number } }).firstCard;
    const scripts = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script');
    return { ...seen, scriptsBefore: scripts.filter((e) => e.startTime < seen.cardAt).map((e) => e.name) };
  });
  expect(cardAt).toBeGreaterThan(0);
  expect(registeredAt).toBeGreaterThan(cardAt);
  const early: string[] = [];
  for (const url of scriptsBefore) {
    const text = await (await page.request.get(url)).text();
    early.push(...NOT_FOR_THE_FIRST_CARD.filter((marker) => text.includes(marker)).map((marker) => `${marker} in ${url}`));
  }
  expect(early).toEqual([]);
});
