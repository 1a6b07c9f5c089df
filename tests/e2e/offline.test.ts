import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp, waitForServiceWorker } from './browser';
import { countReviewLog, revealAndRate, startStudying } from './reviewSteps';

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('offline after the first visit', () => {
  it('(control) a browser that never visited cannot open the app offline: the network really is cut', async () => {
    const stranger = await openApp();
    await stranger.context.setOffline(true);
    await expect(stranger.page.goto(`${stranger.baseUrl}/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await stranger.close();
  });

  it('the service worker takes control and precaches the app', async () => {
    await app.page.goto(`${app.baseUrl}/`);
    await waitForServiceWorker(app.page);
    const cached = await app.page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.includes('precache')) ?? '');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toEqual(
      expect.arrayContaining([
        '/index.html',
        '/review.html',
        '/settings.html',
        '/404.html',
        '/deck/kubernetes.json',
        '/manifest.webmanifest',
      ]),
    );
    expect(cached.some((path) => path.endsWith('.txt'))).toBe(true);
  });

  it.each([
    ['/', 'Your decks'],
    ['/review', null],
    ['/review/', null],
    ['/review?deck=kubernetes', null],
    ['/settings', 'Settings'],
    ['/settings/', 'Settings'],
    ['/no-such-page', 'Page not found'],
  ])('cold start of %s works with the network off', async (path, heading) => {
    const { page, context } = app;
    await context.setOffline(true);
    await page.goto(`${app.baseUrl}${path}`);
    if (heading) await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe(heading);
    else await page.locator('article.card').waitFor();
    await context.setOffline(false);
  });

  it('isolates its pages itself on a host that sends no isolation headers (the optimizer’s threads need it)', async () => {
    const plain = await openApp({ isolate: false });
    try {
      await plain.page.goto(`${plain.baseUrl}/settings`);
      expect(await plain.page.evaluate(() => crossOriginIsolated)).toBe(false);
      await waitForServiceWorker(plain.page);
      await plain.page.reload();
      expect(await plain.page.evaluate(() => crossOriginIsolated)).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it('navigates between screens on the client with the network off', async () => {
    const { page, context } = app;
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('heading', { name: 'Your decks' }).waitFor();
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Decks' }).click();
    await page.getByRole('heading', { name: 'Your decks' }).waitFor();
    await page.getByRole('link', { name: 'Study Kubernetes' }).click();
    await page.locator('article.card').waitFor();
    await context.setOffline(false);
  });

  it('reviews 3 cards offline; after an offline reload the 3 reviews are still there', async () => {
    const { page, context } = app;
    await context.setOffline(true);
    await startStudying(page, app.baseUrl);
    const before = await countReviewLog(page);
    for (let i = 0; i < 3; i++) await revealAndRate(page, 'touch');
    await page.reload();
    await page.locator('article.card').waitFor();
    expect(await countReviewLog(page)).toBe(before + 3);
    await context.setOffline(false);
  });
});
