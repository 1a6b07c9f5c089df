import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckRecord } from '../../lib/db';
import { type App, openApp } from './browser';
import { countReviewLog, currentCardId, readStore, startStudying } from './reviewSteps';

let app: App;
let cdp: CDPSession;
beforeAll(async () => {
  app = await openApp();
  cdp = await app.context.newCDPSession(app.page);
});
afterAll(async () => {
  await app?.close();
});

/**
 * Sets Chromium's own quota for the app's origin to what it uses now plus `room` bytes (undefined: back to normal).
 * Chromium reads the quota when it opens the origin's storage, and keeps that open for a few seconds after the last
 * page using it goes: so this leaves the app for 4 s first, and the caller opens the app again afterwards.
 */
async function limitStorage(room: number | undefined) {
  const origin = app.baseUrl;
  await app.page.goto('about:blank');
  await new Promise((done) => setTimeout(done, 4_000));
  if (room === undefined) {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    return;
  }
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + room });
}

describe('a device that runs out of storage', () => {
  it('refuses an answer without losing it on screen, says what to do, and saves it once there is room', async () => {
    const { page } = app;
    await startStudying(page, app.baseUrl);
    await limitStorage(0);
    await startStudying(page, app.baseUrl);
    const card = await currentCardId(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('no room left');
    expect(await currentCardId(page)).toBe(card);
    expect(await countReviewLog(page)).toBe(0);

    await limitStorage(undefined);
    await startStudying(page, app.baseUrl);
    expect(await currentCardId(page)).toBe(card);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await page.waitForFunction((id) => document.querySelector('article.card')?.getAttribute('aria-label') !== `Card ${id}`, card);
    expect(await countReviewLog(page)).toBe(1);
  });

  it('rolls an import back in full and says what to do', async () => {
    const { page } = app;
    const rows = Array.from({ length: 4_000 }, (_, i) => `Question ${i} ${'x'.repeat(200)},Answer ${i} ${'y'.repeat(200)}`);
    await limitStorage(100_000);
    await page.goto(`${app.baseUrl}/import`);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(`front,back\n${rows.join('\n')}\n`) });
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    await page.getByRole('button', { name: /^Import \d+ cards$/ }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('no room left');
    const decks = await readStore<DeckRecord>(page, 'decks');
    expect(decks.map((deck) => deck.id)).toEqual(['kubernetes']);
    expect((await readStore<{ deckId: string }>(page, 'cards')).filter((c) => c.deckId !== 'kubernetes')).toEqual([]);
    await limitStorage(undefined);
  });
});

describe('a database written by a newer Kubecards (another tab already updated)', () => {
  it('is neither read nor wiped: the app asks for a reload onto the new version', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
    const reviews = await countReviewLog(page);
    // What a newer release would do on opening: raise the version and add a store.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kubecards', 50);
          open.onupgradeneeded = () => open.result.createObjectStore('fromTheFuture');
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
          open.onblocked = () => reject(new Error('blocked by an open connection'));
        }),
    );
    await page.reload();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('newer version');
    expect(await countReviewLog(page)).toBe(reviews);
    const version = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'kubecards')?.version);
    expect(version).toBe(50);
  });
});
