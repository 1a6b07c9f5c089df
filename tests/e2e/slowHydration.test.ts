import { readdirSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { type App, openApp, screenshot } from './browser';
import { submitSignIn } from './syncSteps';

// The exported HTML arrives before its JavaScript: on a slow phone a learner could type into a form React had not
// hydrated yet. The values were reset by hydration (controlled inputs) and the `required` fields then refused the
// submit without a word (the sync sign-in of an e2e test, last session). Here the page's JavaScript is held until the
// test has tried, then released.

let opened: { app: App; stopServer?: () => Promise<void> } | null = null;
afterEach(async () => {
  await opened?.app.page.unrouteAll({ behavior: 'ignoreErrors' });
  await opened?.app.close();
  await opened?.stopServer?.();
  opened = null;
  delete process.env.COUCHDB_URL;
});

/** Holds every script of the app until `release()`: the page shows its exported HTML and nothing runs (its CSS comes). */
async function holdScripts(page: Page) {
  let held: Route[] | null = [];
  await page.route('**/_next/static/chunks/*.js', (route) => (held ? held.push(route) : route.continue()));
  return {
    async release() {
      const waiting = held ?? [];
      held = null;
      await Promise.all(waiting.map((route) => route.continue()));
    },
  };
}

/** Opens a page whose scripts are held, once its HTML is parsed (its `load` waits for the held scripts). */
async function openHeld(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
}

/** The form controls of the page that a learner could type into or press (not inside an inert region, not disabled). */
function liveControls(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input, select, textarea, button')]
      .filter((control) => !control.closest('[inert]') && !control.disabled)
      .map((control) => control.outerHTML.slice(0, 120)),
  );
}

/** Every page of the export, by its URL. */
const ROUTES = ['', 'notes/'].flatMap((folder) =>
  readdirSync(`out/${folder}`)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${folder}${file.replace(/\.html$/, '')}`.replace(/\/index$/, '/')),
);

describe('before React has hydrated the exported HTML', () => {
  it('no control of any screen takes a key or a press', async () => {
    opened = { app: await openApp({ serviceWorkers: 'block' }) };
    const { page, baseUrl } = opened.app;
    const scripts = await holdScripts(page);
    const live: Record<string, string[]> = {};
    for (const route of ROUTES) {
      await openHeld(page, `${baseUrl}${route}`);
      live[route] = await liveControls(page);
    }
    expect(live).toEqual(Object.fromEntries(ROUTES.map((route) => [route, []])));
    await scripts.release();
  });

  it('the sync sign-in takes no keys, says why if it lasts, then signs in once hydrated', async () => {
    const server = await startSyncServer();
    process.env.COUCHDB_URL = server.url;
    opened = { app: await openApp({ serviceWorkers: 'block' }), stopServer: () => server.stop() };
    const { page, baseUrl } = opened.app;
    const scripts = await holdScripts(page);
    await openHeld(page, `${baseUrl}/settings`);

    const userField = page.locator('input[autocomplete="username"]');
    await userField.focus();
    await page.keyboard.type(server.user);
    expect(await userField.inputValue()).toBe('');
    // Hydration that lasts: the form dims and says why (a delayed animation, waited for, not slept on).
    const form = page.locator('[data-testid="settings-sync"] form');
    expect(await form.getAttribute('data-hydrating')).toBe('Getting ready…');
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('[data-testid="settings-sync"] form') as Element, '::after').opacity === '1',
    );
    await page.locator('[data-testid="settings-sync"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-before-hydration');

    await scripts.release();
    await submitSignIn(page, server.user, server.password);
    await page.getByTestId('sync-account').waitFor({ timeout: 60_000 });
  });
});
