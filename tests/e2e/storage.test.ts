import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckRecord } from '../../lib/db';
import { type App, openApp } from './browser';
import { NEWER_VERSION, openAsNewerVersion } from './newerDatabase';
import { answersStored, countAnswers, countReviewLog, currentCardId, readStore, reveal, startStudying } from './reviewSteps';

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
 * Fills the device, as far as the app can tell: Chromium's quota for the app's origin drops below what it already
 * uses (half of it: usage also shrinks as IndexedDB compacts). `full: false` restores the normal quota.
 * Chromium reads the quota when it opens the origin's storage and keeps that open for a while after the last page
 * using it goes: so this leaves the app, sets the quota, and checks with a probe write that it holds (else retries).
 * The caller opens the app again afterwards.
 */
async function setStorageFull(full: boolean, on: { page: App['page']; baseUrl: string; cdp: CDPSession } = { ...app, cdp }) {
  const { page, baseUrl: origin, cdp } = on;
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.goto('about:blank');
    await new Promise((done) => setTimeout(done, 2_000));
    if (full) {
      const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(usage / 2) });
    } else await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.goto(`${origin}/manifest.webmanifest`);
    if ((await page.evaluate(writeProbe, 64_000)) !== full) return;
  }
  throw new Error('Chromium did not apply the storage quota');
}

/** Writes `bytes` of incompressible data to a scratch database and deletes it again: does that much still fit? */
function writeProbe(bytes: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('quota-probe');
    open.onupgradeneeded = () => open.result.createObjectStore('probe');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const data = new Uint8Array(bytes);
      for (let i = 0; i < bytes; i += 65_536) crypto.getRandomValues(data.subarray(i, i + 65_536));
      const tx = open.result.transaction('probe', 'readwrite');
      tx.objectStore('probe').put(data, 'probe');
      const finish = (fits: boolean) => {
        open.result.close();
        indexedDB.deleteDatabase('quota-probe').onsuccess = () => resolve(fits);
      };
      tx.oncomplete = () => finish(true);
      tx.onabort = () => (tx.error?.name === 'QuotaExceededError' ? finish(false) : reject(tx.error));
    };
  });
}

describe('a device that runs out of storage', () => {
  it('refuses an answer and brings its card back, says what to do, and saves it once there is room', async () => {
    const { page } = app;
    await startStudying(page, app.baseUrl);
    await setStorageFull(true);
    await startStudying(page, app.baseUrl);
    const card = await currentCardId(page);
    // The next card shows at once; the write behind it fails, and the card answered comes back, face down.
    await reveal(page, 'keyboard');
    await page.keyboard.press('3');
    await page.getByRole('status').filter({ hasText: 'no room left' }).waitFor();
    await expect.poll(() => currentCardId(page)).toBe(card);
    await answersStored(page);
    expect(await page.locator('.card-back:not([hidden])').count()).toBe(0);
    expect(await countAnswers(page)).toBe(0);

    await setStorageFull(false);
    await startStudying(page, app.baseUrl);
    expect(await currentCardId(page)).toBe(card);
    await reveal(page, 'keyboard');
    await page.keyboard.press('3');
    await page.waitForFunction((id) => document.querySelector('article.card')?.getAttribute('data-card-id') !== id, card);
    // The next card shows before the answer is written.
    await answersStored(page);
    expect(await countAnswers(page)).toBe(1);
  });

  it('rolls an import back in full and says what to do', async () => {
    const { page } = app;
    const rows = Array.from({ length: 4_000 }, (_, i) => `Question ${i} ${'x'.repeat(200)},Answer ${i} ${'y'.repeat(200)}`);
    await setStorageFull(true);
    await page.goto(`${app.baseUrl}/import`);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(`front,back\n${rows.join('\n')}\n`) });
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    await page.getByRole('button', { name: /^Import [\d,]+ cards?$/ }).click();
    await page.getByRole('alert').filter({ hasText: 'no room left' }).waitFor();
    const decks = await readStore<DeckRecord>(page, 'decks');
    expect(decks.map((deck) => deck.id)).toEqual(['kubernetes']);
    expect((await readStore<{ deckId: string }>(page, 'cards')).filter((c) => c.deckId !== 'kubernetes')).toEqual([]);
    await setStorageFull(false);
  });

  // Issue 18.3: these writes failed with no message and nothing saved.
  it('says in words that study settings, a deck’s new-card limit or the last-backup time were not saved', async () => {
    const { page } = app;
    const refused = page.getByRole('alert').filter({ hasText: 'no room left for Kubecards, so this change was not saved' });
    await setStorageFull(true);
    await page.goto(`${app.baseUrl}/settings`);
    await page.locator('#study-new').fill('25');
    await page.getByRole('button', { name: 'Save study settings' }).click();
    await refused.waitFor();
    expect(await page.getByText('Study settings saved.').count()).toBe(0);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await refused.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Download a backup' }).click();
    await refused.waitFor();
    expect(await page.getByTestId('last-backup').textContent()).toBe('No backup yet.');

    await page.goto(`${app.baseUrl}/deck?id=kubernetes`);
    await page.locator('#deck-limit').fill('7');
    await page.locator('#deck-limit').press('Enter');
    await refused.waitFor();
    expect((await readStore<DeckRecord>(page, 'decks'))[0]?.newPerDay).toBeUndefined();
    await setStorageFull(false);
  });

  // Issue 18.3: a first visit showed the raw QuotaExceededError, then "Congratulations! You have finished".
  it('a first visit that cannot store the deck says so, and never that the learner has finished', async () => {
    const fresh = await openApp();
    try {
      await setStorageFull(true, { ...fresh, cdp: await fresh.context.newCDPSession(fresh.page) });
      await fresh.page.goto(`${fresh.baseUrl}/review`);
      await fresh.page.getByRole('alert').filter({ hasText: 'no room left to store the Kubernetes deck' }).waitFor();
      expect(await fresh.page.getByText('QuotaExceededError').count()).toBe(0);
      expect(await fresh.page.getByText('Congratulations').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe('restoring a backup on a full device', () => {
  it('changes nothing and says what to do', async () => {
    const { page } = app;
    await setStorageFull(true);
    await page.goto(`${app.baseUrl}/settings`);
    const reviews = await countReviewLog(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('input[type=file][accept^=".json"]').setInputFiles('tests/fixtures/backup/v1.json');
    await page.getByRole('alert').filter({ hasText: 'no room left' }).waitFor();
    expect(await countReviewLog(page)).toBe(reviews);
    expect((await readStore<DeckRecord>(page, 'decks')).map((deck) => deck.id)).toEqual(['kubernetes']);
    await setStorageFull(false);
  });
});

describe('a database written by a newer Kubecards (another tab already updated)', () => {
  it('is neither read nor wiped: the app asks for a reload onto the new version', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
    const reviews = await countReviewLog(page);
    // What a newer release would do on opening: raise the version and add a store.
    await openAsNewerVersion(page);
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'newer version' }).waitFor();
    expect(await countReviewLog(page)).toBe(reviews);
    const version = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'kubecards')?.version);
    expect(version).toBe(NEWER_VERSION);
  });
});
