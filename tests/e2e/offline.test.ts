import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp, waitForServiceWorker } from './browser';
import { countAnswers, revealAndRate, startStudying } from './reviewSteps';

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
    const before = await countAnswers(page);
    for (let i = 0; i < 3; i++) await revealAndRate(page, 'touch');
    await page.reload();
    await page.locator('article.card').waitFor();
    expect(await countAnswers(page)).toBe(before + 3);
    await context.setOffline(false);
  });
});

// Issue 18.2: offline before the service worker had kept the scheduler's chunk, the answer showed with no rating
// buttons and no message, and the failed load was cached, so grading stayed broken after the network returned.
describe('the scheduler’s code cannot load', () => {
  it('says what is missing where the rating buttons would be, and grades once a retry loads it', async () => {
    const fresh = await openApp();
    try {
      const { page } = fresh;
      let networkDown = true;
      // No service worker (it has not finished installing) and the network gone for the scheduler's chunk, found by
      // what it contains (its name changes with every build).
      await page.route('**/sw.js', (route) => route.abort('internetdisconnected'));
      await page.route('**/_next/static/chunks/*.js', async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        if (networkDown && body.includes('request_retention')) await route.abort('internetdisconnected');
        else await route.fulfill({ response, body });
      });
      await startStudying(page, fresh.baseUrl);
      await page
        .getByRole('button', { name: /^(Show answer|Check)$/ })
        .first()
        .tap();
      const missing = page.getByRole('alert').filter({ hasText: 'The rating buttons could not load' });
      await missing.waitFor();
      expect(await page.getByRole('button', { name: /^Good\b/ }).count()).toBe(0);

      networkDown = false;
      await page.getByRole('button', { name: 'Try again' }).tap();
      await page.getByRole('button', { name: /^Good\b/ }).tap();
      await expect.poll(() => countAnswers(page)).toBe(1);
      expect(await missing.count()).toBe(0);
    } finally {
      // A chunk still being fetched by the route when the browser closes would reject after the test ("Response has
      // been disposed", seen once under load): the routes go first, their pending fetches ignored.
      await fresh.page.unrouteAll({ behavior: 'ignoreErrors' });
      await fresh.close();
    }
  });
});
