import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type App, openApp, screenshot } from './browser';
import { FIXTURES, HAVE_FIXTURES, NEEDS_FIXTURES } from './fixtures';
import { startStudying } from './reviewSteps';

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe.each(['light', 'dark'] as const)('axe-core, %s scheme, 390×844', (scheme) => {
  beforeAll(async () => {
    await app.page.emulateMedia({ colorScheme: scheme });
  });

  it('home has no violations', async () => {
    await app.page.goto(`${app.baseUrl}/`);
    await app.page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
    await screenshot(app.page, `home-${scheme}`);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('a card front and back have no violations; the back is announced', async () => {
    const { page } = app;
    await startStudying(page, app.baseUrl);
    await screenshot(page, `card-front-${scheme}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('.card-back').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Good\b/ }).waitFor();
    await screenshot(page, `card-back-${scheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it.skipIf(!HAVE_FIXTURES)(
    `the import preview of an Anki package (samples, history choice, problems) has no violations${NEEDS_FIXTURES}`,
    async () => {
      const { page } = app;
      await page.goto(`${app.baseUrl}/import`);
      await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'apkg/srsconv-mixed-legacy-2.apkg'));
      await page.getByRole('checkbox', { name: /Keep the review history/ }).waitFor();
      await page.waitForFunction(() => (document.querySelector('article.card .card-front')?.textContent ?? '') !== '');
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it.each([
    '/settings',
    '/no-such-page',
    '/notes',
    '/notes/2-3',
    '/import',
    '/deck?id=kubernetes',
    '/browse',
    '/stats',
    '/card?key=kubernetes%2Farch-hub',
  ])('%s has no violations', async (path) => {
    await app.page.goto(`${app.baseUrl}${path}`);
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
  });
});

describe('a 390-px phone', () => {
  it.each(['en', 'zh'])('no screen scrolls sideways and the whole navigation shows (%s)', async (lang) => {
    const { page } = app;
    const chooseLanguage = async (choice: string) => {
      await page.goto(`${app.baseUrl}/`);
      await page.getByRole('combobox', { name: /Language|语言/ }).selectOption(choice);
    };
    await chooseLanguage(lang);
    try {
      for (const path of ['/', '/review', '/notes', '/browse', '/stats', '/settings', '/import']) {
        await page.goto(`${app.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const overflow = await page.evaluate(() => {
          const nav = document.querySelector('.topbar nav') as HTMLElement;
          return { page: document.documentElement.scrollWidth - window.innerWidth, nav: nav.scrollWidth - nav.clientWidth };
        });
        expect({ path, ...overflow }).toEqual({ path, page: 0, nav: 0 });
      }
    } finally {
      await chooseLanguage('en');
    }
  });
});

describe('touch targets', () => {
  it('every button, link and field on the review screen is at least 44×44 px', async () => {
    const { page } = app;
    await startStudying(page, app.baseUrl);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Good\b/ }).waitFor();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, a, input, select')]
        .filter((el) => !el.classList.contains('skip-link'))
        .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ el, box }) => `${el} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  });
});
