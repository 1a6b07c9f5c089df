import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewLogRecord } from '../../lib/db/records';
import { axeViolations } from './axe';
import { type App, openApp } from './browser';
import { answersStored, cardLeaves, countAnswers, currentCardId, readStore, revealAndRate, startStudying } from './reviewSteps';

// Issue 13, "what a daily phone reviewer expects": one-handed review with real touch events at 390×844, the
// session's progress, timer and summary, and the card text size.

const ARTIFACTS = 'test-results/screenshots';

let app: App;
beforeAll(async () => {
  app = await openApp();
  mkdirSync(ARTIFACTS, { recursive: true });
  // Records the haptic ticks (Chromium has no vibration motor here).
  await app.context.addInitScript(() => {
    const ticks: number[] = [];
    Object.assign(window, { __ticks: ticks });
    Object.defineProperty(navigator, 'vibrate', { value: (pattern: number) => ticks.push(pattern) > 0 });
  });
});
afterAll(async () => {
  await app?.close();
});

const ticks = (page: Page) => page.evaluate(() => (window as unknown as { __ticks: number[] }).__ticks.length);

/** Two painted frames: what a touch handler does has happened by then. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** A point on the card near its top (always on screen, above the sticky rating bar). */
async function onCard(page: Page) {
  const box = await page.locator('article.card').boundingBox();
  if (!box) throw new Error('no card on screen');
  return { x: box.x + box.width / 2, y: box.y + 30 };
}

/** A finger drawn sideways across the card, as real touch events (DevTools' Input.dispatchTouchEvent). */
async function swipe(page: Page, direction: 'left' | 'right') {
  const { x, y } = await onCard(page);
  const cdp = await page.context().newCDPSession(page);
  const to = direction === 'left' ? -150 : 150;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let step = 1; step <= 6; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (to * step) / 6, y: y + step }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Buries cards until one whose front asks for nothing (a tap shows its answer) is on screen. */
async function onATapCard(page: Page) {
  const show = page.getByRole('button', { name: 'Show answer' });
  for (let i = 0; i < 50 && !(await show.isVisible()); i++) {
    const id = await currentCardId(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('-');
    await cardLeaves(page, id);
  }
  await answersStored(page);
  return currentCardId(page);
}

/** The newest answer in the log. */
async function lastAnswer(page: Page) {
  await answersStored(page);
  const log = await readStore<ReviewLogRecord>(page, 'reviewLog');
  return log
    .filter((row) => (row.kind ?? 'review') === 'review')
    .sort((a, b) => a.review - b.review)
    .at(-1);
}

async function axeInBothSchemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${ARTIFACTS}/${name}-${scheme}.png` });
    expect(await axeViolations(page), `${name}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('one-handed review at 390×844', () => {
  it('a tap shows the answer, a swipe rates the card on screen (right Good, left Again) with a haptic tick', async () => {
    const { page } = app;
    await startStudying(page, app.baseUrl);
    const first = await onATapCard(page);
    await page.locator('html[data-gestures="on"]').waitFor({ state: 'attached' });
    // Face down, a swipe rates nothing: there is no answer to rate yet.
    await swipe(page, 'right');
    await twoFrames(page);
    expect(await page.getByRole('button', { name: 'Show answer' }).isVisible()).toBe(true);
    await axeInBothSchemes(page, 'phone-review-front');

    const { x, y } = await onCard(page);
    await page.touchscreen.tap(x, y);
    await page.getByRole('button', { name: /^Good\b/ }).waitFor();
    expect(await ticks(page)).toBe(1);
    await axeInBothSchemes(page, 'phone-review-back');

    await swipe(page, 'right');
    await cardLeaves(page, first);
    expect(await lastAnswer(page)).toMatchObject({ cardKey: `kubernetes/${first}`, rating: 3 });
    expect(await ticks(page)).toBe(2);

    const second = await onATapCard(page);
    const next = await onCard(page);
    await page.touchscreen.tap(next.x, next.y);
    await page.getByRole('button', { name: /^Again\b/ }).waitFor();
    await swipe(page, 'left');
    await cardLeaves(page, second);
    expect(await lastAnswer(page)).toMatchObject({ cardKey: `kubernetes/${second}`, rating: 1 });
  });

  it('undo and the way home sit in a bottom bar within thumb reach, with the session progress', async () => {
    const { page, baseUrl } = app;
    await startStudying(page, baseUrl);
    const bar = page.getByRole('navigation', { name: 'Review controls' });
    const undo = bar.getByRole('button', { name: 'Undo' });
    const box = await bar.boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(844 * 0.6);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(1);
    const done = page.getByTestId('session-done');
    const doneCount = async () => Number((await done.textContent())?.match(/^(\d+) of/)?.[1]);
    const answered = await revealAndRate(page, 'touch');
    await expect.poll(doneCount).toBeGreaterThanOrEqual(1);
    const before = await doneCount();
    await undo.tap();
    // The answered card comes back face down (it may also have been the card shown next, after an Again).
    await page.waitForFunction(
      (id) =>
        document.querySelector('article.card')?.getAttribute('data-card-id') === id &&
        document.querySelector('.card-back:not([hidden])') === null,
      answered,
    );
    await expect.poll(doneCount).toBe(before - 1);
    expect(await page.locator('progress.session-progress').getAttribute('aria-valuetext')).toMatch(/^\d+ of \d+ done$/);
  });
});

describe('at 1280×800 with a mouse', () => {
  it('the progress and the keys hint show; Undo stays at the top (no bottom bar)', async () => {
    const desktop = await openApp({ viewport: { width: 1280, height: 800 } });
    try {
      const { page } = desktop;
      await startStudying(page, desktop.baseUrl);
      await page.getByTestId('session-done').waitFor();
      expect(await page.getByText(/^Keys: Space or Enter/).isVisible()).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Review controls' }).isVisible()).toBe(false);
      expect(await page.locator('.review-top').getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);
      await axeInBothSchemes(page, 'desktop-review-assist');
    } finally {
      await desktop.close();
    }
  });
});

describe("this device's review settings", () => {
  it('gestures turned off: a tap shows nothing and a swipe rates nothing; the timer counts; the card text is larger', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/settings`);
    await page.getByRole('checkbox', { name: 'Tap the card to show the answer, swipe it to rate' }).uncheck();
    await page.getByRole('checkbox', { name: 'Show the answer timer' }).check();
    await page.getByRole('radio', { name: 'Large', exact: true }).check();
    expect(await page.getByLabel('Swipe right').isDisabled()).toBe(true);
    await page.getByRole('heading', { name: 'Review on this device' }).scrollIntoViewIfNeeded();
    await axeInBothSchemes(page, 'settings-review-prefs');

    // A topic's session (all its cards, whatever today's limits): the cards buried by the tests above leave room.
    await page.goto(`${app.baseUrl}/review?deck=kubernetes&topic=1.9`);
    await page.locator('article.card').waitFor();
    await onATapCard(page);
    // The timer shows once the preferences are read: gestures, if they were on, would be listening by then.
    await page.getByRole('timer', { name: 'Time on this card' }).waitFor();
    expect(await page.locator('html[data-gestures]').count()).toBe(0);
    const { x, y } = await onCard(page);
    await page.touchscreen.tap(x, y);
    await twoFrames(page);
    expect(await page.getByRole('button', { name: 'Show answer' }).isVisible()).toBe(true);
    expect(await page.locator('article.card').evaluate((card) => getComputedStyle(card).fontSize)).toBe('21.6px');
    await axeInBothSchemes(page, 'phone-review-timer-large');

    const shown = await currentCardId(page);
    const answers = await countAnswers(page);
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('button', { name: /^Good\b/ }).waitFor();
    await swipe(page, 'right');
    await twoFrames(page);
    expect(await currentCardId(page)).toBe(shown);
    expect(await countAnswers(page)).toBe(answers);

    // The card page shows cards at the same size.
    await page.goto(`${app.baseUrl}/card?key=kubernetes%2Farch-hub`);
    await page.locator('article.card').waitFor();
    expect(await page.locator('article.card').evaluate((card) => getComputedStyle(card).fontSize)).toBe('21.6px');
  });

  // The layout's boot script was a client reference ("Attempted to call THEME_BOOT_SCRIPT()"): a saved theme never
  // applied when a page loaded.
  it('a chosen theme applies on every page from its first paint', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/settings`);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.goto(`${app.baseUrl}/card?key=kubernetes%2Farch-hub`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.goto(`${app.baseUrl}/settings`);
    await page.getByRole('radio', { name: 'System' }).check();
  });
});

describe('the end of a session', () => {
  it("sums up today's cards, time, retention and what is due by tomorrow", async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/review?deck=kubernetes&topic=1.10`);
    for (let i = 0; i < 30 && !(await page.locator('.finished').isVisible()); i++) {
      await page.locator('article.card, .finished').first().waitFor();
      if (await page.locator('.finished').isVisible()) break;
      const id = await currentCardId(page);
      const command = page.locator('#command-input');
      if (await command.isVisible()) await page.getByRole('button', { name: 'Check' }).tap();
      else await page.getByRole('button', { name: /^(Show answer|Check)$/ }).tap();
      await page.getByRole('button', { name: /^Easy\b/ }).tap();
      await cardLeaves(page, id);
    }
    await page.getByRole('heading', { name: /Congratulations/ }).waitFor();
    await answersStored(page);
    const summary = page.getByRole('definition');
    await summary.first().waitFor();
    const answered = (await readStore<ReviewLogRecord>(page, 'reviewLog')).filter((row) => (row.kind ?? 'review') === 'review');
    expect(Number(await page.getByTestId('summary-cards').textContent())).toBe(answered.length);
    // Nothing answered today was a review card yet (a fresh profile): no retention to show.
    expect(await page.getByText('no review cards yet').isVisible()).toBe(true);
    expect(Number(await page.getByTestId('summary-due-tomorrow').textContent())).toBeGreaterThanOrEqual(1);
    await axeInBothSchemes(page, 'session-summary');

    // In Chinese, with the progress and bottom bar of a session that has cards left (a cram: today's limits are used).
    await page.evaluate(() => localStorage.setItem('kubecards.lang', 'zh'));
    await page.reload();
    await page.getByText('已学习卡片').waitFor();
    await axeInBothSchemes(page, 'session-summary-zh');
    await page.goto(`${app.baseUrl}/review?deck=kubernetes&cram=1`);
    await page.getByRole('navigation', { name: '复习操作' }).getByRole('button', { name: '撤销' }).waitFor();
    expect(await page.getByTestId('session-done').textContent()).toMatch(/^已完成 0\/\d+/);
    await axeInBothSchemes(page, 'phone-review-zh');
    await page.evaluate(() => localStorage.setItem('kubecards.lang', 'en'));
  });
});
