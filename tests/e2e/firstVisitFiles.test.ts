import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from './browser';

const WORKER = '/sync-worker.js';
const FIRST_CARDS = '/deck/kubernetes-first.json';

// Issue 17 §3: a first visit's first card waited on a chain of round trips (scripts, hydration, the database's first
// read, the deck update's chunk, then the sync worker's script, then the first cards): /review's LCP ≈ 3 s simulated.
describe("a first visit's first cards", () => {
  it('are named in the exported home and review pages, with the sync worker', () => {
    for (const page of ['out/index.html', 'out/review.html']) {
      const html = readFileSync(page, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, page).toContain(`<link rel="prefetch" href="${WORKER}"/>`);
      expect(head, page).toContain(`<link rel="prefetch" href="${FIRST_CARDS}"/>`);
    }
  });

  describe('on /review', () => {
    let app: App;
    const served: string[] = [];
    beforeAll(async () => {
      // No service worker: its precache would download every file a second time.
      app = await openApp({ serviceWorkers: 'block' });
      app.server.on('request', (request: IncomingMessage) => served.push(request.url ?? ''));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('start downloading with the page and download once', async () => {
      const { page, baseUrl } = app;
      await page.goto(`${baseUrl}/review`);
      await page.locator('article.card').waitFor();
      // The page's own resource timing has them (the worker's requests are not the page's): the HTML asked for them.
      const fromHtml = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'link')
          .map((entry) => new URL(entry.name).pathname),
      );
      expect(fromHtml).toEqual(expect.arrayContaining([WORKER, FIRST_CARDS]));
      // The worker and the page found them in the browser's cache.
      expect(served.filter((url) => url === WORKER || url === FIRST_CARDS).sort()).toEqual([FIRST_CARDS, WORKER]);
    });
  });
});
