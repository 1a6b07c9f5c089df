import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from './browser';
import { answersStored, countAnswers, currentCardId, revealAndRate, startStudying } from './reviewSteps';

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** The interval shown on a button of the card on screen, after revealing it. */
async function shownIntervals(): Promise<string[]> {
  const { page } = app;
  if (await page.locator('#command-input').isVisible()) await page.getByRole('button', { name: 'Check' }).tap();
  else await page.getByRole('button', { name: /^(Show answer|Check)$/ }).tap();
  await page.getByRole('button', { name: /^Good\b/ }).waitFor();
  return page.locator('.rate-interval').allTextContents();
}

describe('scheduling controls, card actions and statistics in Chromium', () => {
  it('changing desired retention changes the previewed intervals', async () => {
    const { page } = app;
    // Put one card in review state first: answer Easy on a new card, then look at it again ahead of time.
    await startStudying(page, app.baseUrl);
    const id = await currentCardId(page);
    if (await page.locator('#command-input').isVisible()) await page.getByRole('button', { name: 'Check' }).tap();
    else await page.getByRole('button', { name: /^(Show answer|Check)$/ }).tap();
    await page.getByRole('button', { name: /^Easy\b/ }).tap();
    await page.waitForFunction((prev) => document.querySelector('article.card')?.getAttribute('data-card-id') !== prev, id);
    // The next card shows before the answer is written: leaving the page now could still lose it.
    await answersStored(page);

    await page.goto(`${app.baseUrl}/review?deck=kubernetes&ahead=60`);
    await page.locator('article.card').waitFor();
    const at90 = await shownIntervals();

    await page.goto(`${app.baseUrl}/settings`);
    const slider = page.getByLabel(/^Desired retention/);
    await slider.fill('80');
    await page.getByRole('button', { name: 'Save study settings' }).click();
    await page.getByText('Study settings saved.').waitFor();

    await page.goto(`${app.baseUrl}/review?deck=kubernetes&ahead=60`);
    await page.locator('article.card').waitFor();
    const at80 = await shownIntervals();
    expect(at80[3]).not.toBe(at90[3]);
  });

  it('suspending a card takes it out of the queue (and undo brings it back)', async () => {
    const { page } = app;
    await startStudying(page, app.baseUrl);
    const id = await currentCardId(page);
    await page.getByText('More').click();
    await page.getByRole('button', { name: 'Suspend' }).click();
    await expect.poll(() => currentCardId(page)).not.toBe(id);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => currentCardId(page)).toBe(id);
  });

  it('after 20 reviews, the statistics show them', async () => {
    const { page } = app;
    // Counted from what this test finds: it does not depend on what the tests before it answered. Answers only: a card
    // action (the suspend before) is a log row too, and its undo may still be committing.
    await startStudying(page, app.baseUrl);
    const before = await countAnswers(page);
    for (let i = 0; i < 20; i++) await revealAndRate(page, 'touch');
    await page.goto(`${app.baseUrl}/stats`);
    await expect.poll(() => page.getByTestId('stats-reviewed').textContent()).toBe(String(before + 20));
    expect(await page.getByTestId('stats-streak').textContent()).toBe('Streak: 1 day');
    const buttons = await page.getByTestId('stats-buttons').locator('dd').allTextContents();
    expect(buttons.map(Number).reduce((a, b) => a + b)).toBe(before + 20);
    expect(Number(buttons[2])).toBeGreaterThanOrEqual(20);
  });

  it('mastery by domain leads to studying that domain', async () => {
    const { page } = app;
    await startStudying(page, app.baseUrl);
    await page.goto(`${app.baseUrl}/stats`);
    await page.getByRole('link', { name: 'Study CKA · Troubleshooting' }).click();
    await page.waitForURL('**/review?domain=cka-troubleshooting');
    await page.getByText('Studying one exam domain: CKA · Troubleshooting').waitFor();
    await page.locator('article.card').waitFor();
  });

  it('the card browser finds a card by text and opens its detail with the history', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/browse`);
    await page.getByLabel('Search cards').fill('etcdutl');
    await expect.poll(() => page.url()).toContain('q=etcdutl');
    await expect
      .poll(async () =>
        Number(/of ([\d,]+)/.exec((await page.getByTestId('browse-count').textContent()) ?? '')?.[1]?.replaceAll(',', '') ?? 0),
      )
      .toBeGreaterThan(0);
    await page.locator('.browse-list a').first().click();
    await page.getByRole('heading', { name: 'Card', level: 1, exact: true }).waitFor();
    await page.getByTestId('card-memory').waitFor();
    expect(await page.getByTestId('card-memory').isVisible()).toBe(true);
  });
});
