import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, openApp } from './browser';

// Lighthouse on a first visit (issue 17 §3): the home screen's deck list and its "setting up" notice pushed the buttons
// down by 262 px and back (CLS 0.125), the review card shrank when the bottom bar arrived (CLS 0.06-0.13), and the
// largest paint of the home screen was the notice, painted only after the database was written (LCP 2.8 s).

/** Records, from the first paint on, every layout shift and largest-paint candidate, and which elements the exported
 * HTML already had (hydration keeps them). */
async function observe(page: Page) {
  await page.addInitScript(() => {
    const seen = { shifts: [] as string[], largest: [] as { fromHtml: boolean; text: string }[] };
    (window as unknown as { firstPaints: typeof seen }).firstPaints = seen;
    const fromHtml = new WeakSet<Element>();
    document.addEventListener('DOMContentLoaded', () => {
      for (const element of document.querySelectorAll('body *')) fromHtml.add(element);
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((s) =>
          s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName),
        );
        seen.shifts.push(`${entry.value.toFixed(4)} ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
        const element = entry.element;
        seen.largest.push({ fromHtml: element !== null && fromHtml.has(element), text: element?.textContent?.slice(0, 60) ?? '' });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

const firstPaints = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { firstPaints: { shifts: string[]; largest: { fromHtml: boolean; text: string }[] } }).firstPaints,
  );

describe('a first visit paints without moving what it painted', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('home: the deck list and the setting-up notice move nothing; the largest paint is in the exported HTML', async () => {
    app = await openApp();
    const { page, baseUrl } = app;
    await observe(page);
    await page.goto(`${baseUrl}/`);
    await page.getByText('Setting up the Kubernetes deck…').first().waitFor();
    await page.getByText('Setting up the Kubernetes deck…').first().waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
    // Layout shifts and paints are reported after the frame that shows them: one more frame, and they are in.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { shifts, largest } = await firstPaints(page);
    expect(shifts).toEqual([]);
    expect(largest.at(-1)).toMatchObject({ fromHtml: true });
  });

  it('review on a phone: the first card keeps its place when the progress line and the bottom bar arrive', async () => {
    app = await openApp();
    const { page, baseUrl } = app;
    await observe(page);
    await page.goto(`${baseUrl}/review`);
    await page.locator('article.card').waitFor();
    await page.getByTestId('session-done').waitFor();
    await page.locator('.thumb-bar button').first().waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect((await firstPaints(page)).shifts).toEqual([]);
  });
});
