import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type App, openApp } from './browser';
import { readStore } from './reviewSteps';

const SCREENSHOTS = 'test-results/screenshots';

// A first visit showed "No decks yet.", then "Kubernetes · 40 cards", then the whole deck, with nothing saying the
// deck was being set up.
describe('first visit while the built-in deck is written', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows progress and never a false empty state', async () => {
    const { page, baseUrl } = app;
    // Everything the home screen says, from the first paint on (recorded in the page: no frame is missed).
    await page.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { homeTexts: Set<string> }).homeTexts = seen;
      new MutationObserver(() => {
        for (const p of document.querySelectorAll('main p')) seen.add(p.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${baseUrl}/`);
    await page.getByText('Setting up the Kubernetes deck…').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/first-visit-setting-up.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByText('Setting up the Kubernetes deck').first().waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
    const texts = await page.evaluate(() => [...(window as unknown as { homeTexts: Set<string> }).homeTexts]);
    expect(texts).not.toContain('No decks yet.');
  });

  // "Card buried until tomorrow (U undoes)" on a touch screen, which has no U key.
  it('on a touch screen, burying a card does not offer the U key', async () => {
    const { page, baseUrl } = app;
    await page.goto(`${baseUrl}/review`);
    await page.locator('article.card').waitFor();
    // Anki's '-' (a keyboard attached to a phone, or any other way of setting the card aside) buries it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('-');
    const notice = page.getByRole('status').filter({ hasText: 'Card buried until tomorrow.' });
    await notice.waitFor();
    // Where there is a keyboard, the shortcuts line (hidden on touch screens) names U.
    expect(await notice.textContent()).toBe('Card buried until tomorrow.');
    expect(await page.locator('.shortcuts').isVisible()).toBe(false);
  });

  // The statistics of a new learner: empty chart boxes, captions said twice, "30 / days" and "Chapter / 3" wraps.
  it('statistics before any review say "no data yet", name chapters and do not wrap their labels', async () => {
    const { page, baseUrl } = app;
    await page.goto(`${baseUrl}/stats`);
    await page.getByRole('heading', { name: 'Statistics' }).waitFor();
    await page.locator('table.mastery').first().waitFor();
    expect(await page.locator('figure.chart').count()).toBe(0);
    expect(await page.getByText('No data yet.').count()).toBe(3);
    const headings = await page.locator('h2').allTextContents();
    for (const summary of await page.locator('.stats summary').allTextContents()) expect(headings).not.toContain(summary);
    for (const height of await page
      .locator('.segmented label')
      .evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height))) {
      expect(height).toBeLessThanOrEqual(44);
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(width, 'the page is no wider than the phone').toBeLessThanOrEqual(0);
    const chapterRow = page.locator('table.mastery th[scope="row"]').filter({ hasText: /^Chapter\u00a01 · \S/ });
    expect(await chapterRow.count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/stats-no-data.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // In Chinese: "当前回忆率" on one line, chapters named, "30 天" unwrapped.
    await page.evaluate(() => localStorage.setItem('kubecards.lang', 'zh'));
    await page.reload();
    await page.getByRole('heading', { name: '统计' }).waitFor();
    await page.locator('table.mastery').first().waitFor();
    const recallLines = await page.evaluate(() => {
      const th = [...document.querySelectorAll('.mastery thead th')].find((cell) => cell.textContent === '当前回忆率');
      const range = document.createRange();
      if (th) range.selectNodeContents(th);
      return th ? new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size : 0;
    });
    expect(recallLines).toBe(1);
    expect(
      await page
        .locator('table.mastery th[scope="row"]')
        .filter({ hasText: /^第\u00a01\u00a0章 · \S/ })
        .count(),
    ).toBe(1);
    for (const height of await page
      .locator('.segmented label')
      .evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height))) {
      expect(height).toBeLessThanOrEqual(44);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/stats-no-data-zh.png`, fullPage: true });
    await page.evaluate(() => localStorage.setItem('kubecards.lang', 'en'));
  });

  // Reschedule asked with window.prompt, and its Cancel made the card due now (Number(null) === 0).
  it('Reschedule asks in a dialog (axe-clean, light and dark); Cancel changes nothing', async () => {
    const { page, baseUrl } = app;
    const key = 'kubernetes/etcd-ports#c1';
    const row = async () => (await readStore<{ key: string }>(page, 'schedule')).find((r) => r.key === key);
    const before = await row();
    await page.goto(`${baseUrl}/card?key=${encodeURIComponent(key)}`);
    await page.getByRole('button', { name: 'Reschedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reschedule' });
    await dialog.waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/reschedule-dialog.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENSHOTS}/reschedule-dialog-dark.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row()).toEqual(before);
    expect((await readStore<{ cardKey: string }>(page, 'reviewLog')).filter((log) => log.cardKey === key)).toEqual([]);
  });
});
