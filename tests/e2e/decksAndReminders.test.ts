import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type App, openApp, waitForServiceWorker } from './browser';
import { answersStored, reveal, startStudying } from './reviewSteps';

// Issue 13: the deck screen's limits (defect 6), per-deck presets, reminders (badge, periodic sync, settings);
// issue 17 §5: sub-decks nest under their parent on the home screen.

const ARTIFACTS = 'test-results/screenshots';

let app: App;
beforeAll(async () => {
  app = await openApp();
  mkdirSync(ARTIFACTS, { recursive: true });
  // The Badging API is recorded, not shown (a tab has no icon): each call's count, 0 for a clear.
  await app.context.addInitScript(() => {
    const calls: number[] = [];
    Object.assign(window, { badgeCalls: calls });
    Object.assign(navigator, {
      setAppBadge: async (n: number) => void calls.push(n),
      clearAppBadge: async () => void calls.push(0),
    });
  });
});
afterAll(async () => {
  await app?.close();
});

const badgeCalls = (page: Page) => page.evaluate(() => (window as unknown as { badgeCalls: number[] }).badgeCalls);

/** Puts rows into a store straight through IndexedDB (not through the app). */
function putRows(page: Page, store: string, rows: unknown[]) {
  return page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kubecards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, rows },
  );
}

describe('deck options', () => {
  it('the deck screen names the new-card limit the learner set (it said “the default of 20” after 25 was saved)', async () => {
    const { page, baseUrl } = app;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
    await page.goto(`${baseUrl}/settings`);
    await page.getByLabel('New cards per day').fill('25');
    await page.getByRole('button', { name: 'Save study settings' }).click();
    await page.getByText('Study settings saved.').waitFor();
    await page.goto(`${baseUrl}/deck?id=kubernetes`);
    await expect.poll(() => page.locator('label[for=deck-limit]').textContent()).toContain('empty: 25, from the study settings');
    expect(await page.getByTestId('deck-limits').textContent()).toContain('25 new, 200 reviews a day');
  });

  it('a deck uses a preset: its limits show on the deck screen and the home counts', async () => {
    const { page, baseUrl } = app;
    await page.goto(`${baseUrl}/settings`);
    await page.getByRole('button', { name: 'Add a preset' }).click();
    await page.getByLabel('Preset name').fill('Exam week');
    await page.locator('#preset-0-new').fill('7');
    await page.getByRole('button', { name: 'Save presets' }).click();
    await page.getByText(/^Presets saved\./).waitFor();
    await page.goto(`${baseUrl}/deck?id=kubernetes`);
    await page.getByLabel('Options preset').selectOption({ label: 'Exam week' });
    await expect.poll(() => page.getByTestId('deck-limits').textContent()).toContain('7 new');
    expect(await page.locator('label[for=deck-limit]').textContent()).toContain('empty: 7, from the preset “Exam week”');
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('.count-new span:last-child').first().textContent()).toBe('7');
  });

  it('sub-decks nest under their parent, folded with it', async () => {
    const { page, baseUrl } = app;
    const deck = (id: string, name: string) => ({ id, name: { en: name, zh: name }, source: 'import', hash: '', updatedAt: 0 });
    await putRows(page, 'decks', [deck('lang', 'Lang'), deck('lang-verbs', 'Lang::Verbs')]);
    await page.goto(`${baseUrl}/`);
    const toggle = page.getByRole('button', { name: 'Lang', exact: false });
    await toggle.waitFor();
    const child = page.getByRole('heading', { level: 3, name: 'Verbs' });
    expect(await child.isVisible()).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${ARTIFACTS}/home-sub-decks-${scheme}.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
    }
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await child.isVisible()).toBe(false);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('reminders', () => {
  it('the settings say what each platform does; deck screen, presets and reminders have no axe violations', async () => {
    const { page, baseUrl } = app;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${baseUrl}/settings`);
      const reminders = page.getByRole('region', { name: 'Reminders' });
      await reminders.getByText(/iPhone and iPad/).waitFor();
      await reminders.screenshot({ path: `${ARTIFACTS}/settings-reminders-${scheme}.png` });
      await page.getByRole('region', { name: 'Deck presets' }).screenshot({ path: `${ARTIFACTS}/settings-presets-${scheme}.png` });
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${baseUrl}/deck?id=kubernetes`);
      await page.getByTestId('deck-limits').waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/deck-options-${scheme}.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the app badge shows the cards due: cleared with none due, 1 once a card is answered Again', async () => {
    const { page, baseUrl } = app;
    await startStudying(page, baseUrl);
    await expect.poll(() => badgeCalls(page).then((calls) => calls.at(-1))).toBe(0);
    await reveal(page, 'keyboard');
    await page.keyboard.press('1');
    await answersStored(page);
    // The learning card falls due in a minute: due today.
    await expect.poll(() => badgeCalls(page).then((calls) => calls.at(-1))).toBe(1);
  });

  it('a periodic sync shows a notification while cards are due, opening the review, and keeps its study day', async () => {
    const { page, context, baseUrl } = app;
    await page.goto(`${baseUrl}/settings`);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', { origin: baseUrl, permissions: ['notifications', 'periodicBackgroundSync'] });
    // The box is ticked once the browser said yes and the choice is saved.
    const notify = page.getByRole('checkbox', { name: /Notify me when cards are due/ });
    await notify.click();
    await page.getByTestId('notify-status').getByText('Daily notification on.').waitFor();
    await expect.poll(() => notify.isChecked()).toBe(true);

    const registrations = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const own = registrations.find((r: { scopeURL: string }) => r.scopeURL.startsWith(baseUrl));
        if (own) resolve(own.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registrations;
    const notifications = () =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, url: n.data?.url })),
      );
    const sync = () => cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin: baseUrl, registrationId, tag: 'kubecards-due-cards' });

    await sync();
    await expect
      .poll(notifications)
      .toEqual([{ title: 'Kubecards: cards are due', body: 'Cards due today: 1. Tap to review them.', url: '/review' }]);
    // The study day is kept: a later sync the same day shows none (tests/unit/pwa/reminderWorker.test.ts).
    const shownDay = await page.evaluate(async () =>
      (await (await caches.open('kubecards-reminders')).match('/last-notification-day'))?.text(),
    );
    expect(shownDay).toMatch(/^\d{4}-\d\d-\d\d$/);
  });
});
