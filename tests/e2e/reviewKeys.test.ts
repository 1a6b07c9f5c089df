import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from './browser';
import { buryUntil, countReviewLog, currentCardId, startStudying } from './reviewSteps';

let app: App;
beforeAll(async () => {
  app = await openApp({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await app?.close();
});

/** The first card of the built-in deck that is not a command card (Space reveals it). */
async function onACardSpaceReveals() {
  const { page, baseUrl } = app;
  await startStudying(page, baseUrl);
  await buryUntil(page, { command: false });
  return currentCardId(page);
}

describe('review keys', () => {
  it('holding Space reveals the card once and grades nothing (key repeats are ignored)', async () => {
    const { page } = app;
    const card = await onACardSpaceReveals();
    const before = await countReviewLog(page);
    for (let i = 0; i < 6; i++) await page.keyboard.down(' ');
    await page.keyboard.up(' ');
    await page.locator('.card-back:not([hidden])').waitFor();
    await page.getByRole('button', { name: /^Good\b/ }).waitFor();
    expect(await currentCardId(page)).toBe(card);
    expect(await countReviewLog(page)).toBe(before);
  });

  it('Space and a rating in the same frame grade nothing: a grade is taken only for a back that was painted', async () => {
    const { page } = app;
    const card = await onACardSpaceReveals();
    const before = await countReviewLog(page);
    // Space, then (once the page has handled it, in the same task: before any frame is painted) the rating.
    await page.evaluate(async () => {
      const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      press(' ');
      for (let i = 0; i < 20; i++) await Promise.resolve();
      press('3');
    });
    await page.getByRole('button', { name: /^Good\b/ }).waitFor();
    expect(await currentCardId(page)).toBe(card);
    expect(await countReviewLog(page)).toBe(before);
  });
});
