import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type App, openApp, PHONE } from './browser';
import { importThroughUi } from './importFlow';
import { revealAndRate, startStudying } from './reviewSteps';

// Issue 13 defect 4 (the card browser) and issue 15 part 3 (organise many cards at once).
const ARTIFACTS = 'test-results/screenshots';
const LAPTOP = { width: 1280, height: 800 };

let app: App;
beforeAll(async () => {
  app = await openApp();
  mkdirSync(ARTIFACTS, { recursive: true });
  // One answer, so that a learning card (with a due time and an interval) is among the rows.
  await startStudying(app.page, app.baseUrl);
  await revealAndRate(app.page, 'touch');
});
afterAll(async () => {
  await app?.close();
});

/** The count line once the query is answered: shown and total. */
async function counted(page: Page): Promise<{ shown: number; total: number }> {
  const status = page.getByTestId('browse-count');
  await expect.poll(() => status.textContent()).toMatch(/^[\d,]+ of [\d,]+ cards?$/);
  const [shown, total] = ((await status.textContent()) ?? '').match(/[\d,]+/g)?.map((n) => Number(n.replaceAll(',', ''))) ?? [];
  return { shown: shown ?? 0, total: total ?? 0 };
}

async function openBrowser(page: Page, search = '') {
  await page.goto(`${app.baseUrl}/browse${search}`);
  await page.getByRole('heading', { name: 'Card browser', level: 1 }).waitFor();
}

describe('the card browser on a phone (390×844)', () => {
  it('shows every card, 100 at a time, and the URL keeps how many (no wall at 100)', async () => {
    const { page } = app;
    await openBrowser(page);
    const first = await counted(page);
    expect(first.shown).toBe(100);
    expect(first.total).toBeGreaterThan(200);
    expect(await page.locator('.browse-list > li').count()).toBe(100);
    await page.getByRole('button', { name: 'Show 100 more' }).click();
    await expect.poll(() => counted(page)).toEqual({ shown: 200, total: first.total });
    expect(await page.locator('.browse-list > li').count()).toBe(200);
    expect(page.url()).toContain('shown=200');
    await page.reload();
    await expect.poll(() => counted(page)).toEqual({ shown: 200, total: first.total });
  });

  it('each row is rendered text with its state, due date and interval, never markup or an internal id', async () => {
    const { page } = app;
    await openBrowser(page, '?shown=300');
    await counted(page);
    const rows = await page.locator('.browse-list > li a').evaluateAll((links) =>
      links.map((a) => ({
        key: decodeURIComponent(new URL((a as HTMLAnchorElement).href).searchParams.get('key') ?? ''),
        question: a.querySelector('.browse-question')?.textContent ?? '',
        meta: a.querySelector('.muted')?.textContent ?? '',
      })),
    );
    expect(rows).toHaveLength(300);
    for (const row of rows) {
      const id = row.key.split('/').slice(1).join('/');
      expect({ row, markup: /\{\{c\d|\*\*|`|<[a-z/]/i.test(row.question) }).toEqual({ row, markup: false });
      expect({ row, hasId: row.meta.includes(id) }).toEqual({ row, hasId: false });
      expect(row.meta).toMatch(/New|Learning|Review|Suspended|Buried/);
    }
    // The card answered before this test is learning: due in minutes, with its interval.
    await openBrowser(page, '?state=learning');
    await counted(page);
    expect(await page.locator('.browse-list > li .muted').first().textContent()).toMatch(/Learning · due in \d+ minutes? · interval \d+m/);
  });

  it('Back from a card keeps the search and the filters', async () => {
    const { page } = app;
    await openBrowser(page);
    await page.getByLabel('Search cards').fill('pod');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('combobox', { name: /^State\b/ }).selectOption('new');
    await expect.poll(() => page.url()).toMatch(/q=pod.*state=new|state=new.*q=pod/);
    // Once answered, the query finds cards (a clean CI run once read "0 of 0 cards" here first: the count line is
    // polled until it answers this query with matches, and the rest of the test checks the same count comes back).
    await expect.poll(async () => (await counted(page)).total, { timeout: 30_000 }).toBeGreaterThan(0);
    const found = await counted(page);
    await page.locator('.browse-list > li a').first().click();
    await page.getByRole('heading', { name: 'Card', level: 1, exact: true }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Card browser', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Search cards').inputValue()).toBe('pod');
    await page.getByRole('button', { name: 'Filters (1)' }).waitFor();
    await expect.poll(() => counted(page)).toEqual(found);
  });

  it('bulk-moves 50 cards found by a search to a new deck, then undoes it', async () => {
    const { page } = app;
    const rows = [
      ...Array.from({ length: 50 }, (_, i) => `"helmfixture chart ${i}: what does it install?","answer ${i}"`),
      ...Array.from({ length: 10 }, (_, i) => `"kustomize overlay ${i}","answer ${i}"`),
    ];
    const csv = { name: 'helm-basics.csv', mimeType: 'text/csv', buffer: Buffer.from(`front,back\n${rows.join('\n')}\n`) };
    expect(await importThroughUi(page, app.baseUrl, csv)).toMatch(/^60 added/);
    await openBrowser(page, '?q=helmfixture');
    expect(await counted(page)).toEqual({ shown: 50, total: 50 });
    await page.getByRole('button', { name: 'Select all 50 matching' }).click();
    await expect.poll(() => page.getByTestId('bulk-selected').textContent()).toBe('50 selected');
    await page.getByRole('button', { name: 'Move to deck…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move 50 cards to a deck' });
    await dialog.getByLabel(/Name of the new deck/).fill('Helm :: Charts');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${ARTIFACTS}/browse-move-dialog-${scheme}.png` });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Move 50 cards' }).click();
    await expect.poll(() => page.getByTestId('bulk-done').textContent()).toMatch(/^Moved 50 cards to Helm::Charts\./);
    await page.screenshot({ path: `${ARTIFACTS}/browse-bulk-moved.png` });

    // The new deck holds exactly those 50.
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('combobox', { name: /^Deck\b/ }).selectOption({ label: 'Helm::Charts' });
    await expect.poll(() => counted(page)).toEqual({ shown: 50, total: 50 });
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('bulk-done').textContent()).toBe('Undone.');
    // Back where they were: the new deck is gone, the imported deck has all 60 again.
    await expect.poll(() => counted(page)).toEqual({ shown: 0, total: 0 });
    const decks = await page
      .getByRole('combobox', { name: /^Deck\b/ })
      .locator('option')
      .allTextContents();
    expect(decks).not.toContain('Helm::Charts');
    await page.getByRole('combobox', { name: /^Deck\b/ }).selectOption({ label: decks.find((name) => /helm/i.test(name)) as string });
    await page.getByLabel('Search cards').fill('');
    await expect.poll(() => counted(page)).toEqual({ shown: 60, total: 60 });
  });
});

describe('the card browser at 1280×800', () => {
  beforeAll(async () => {
    await app.page.setViewportSize(LAPTOP);
  });
  afterAll(async () => {
    await app.page.setViewportSize(PHONE);
  });

  it('is a table whose column headers sort, both ways, and whose rows preview the card beside it', async () => {
    const { page } = app;
    await openBrowser(page);
    await counted(page);
    const interval = page.getByRole('columnheader', { name: /Interval/ });
    await interval.getByRole('button').click();
    await expect.poll(() => page.url()).toMatch(/sort=interval/);
    expect(await interval.getAttribute('aria-sort')).toBe('descending');
    await interval.getByRole('button').click();
    await expect.poll(() => page.url()).toMatch(/desc=1/);
    expect(await interval.getAttribute('aria-sort')).toBe('ascending');
    await page.locator('.row-preview').first().click();
    await page.locator('.browse-preview article.card').waitFor();
  });
});

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (scheme) => {
  beforeAll(async () => {
    await app.page.emulateMedia({ colorScheme: scheme });
  });

  // A search keeps the pages short (axe's time grows with the rows); every kind of row and control is still there.
  it('the phone list with its filters open and cards selected has no violations', async () => {
    const { page } = app;
    await openBrowser(page, '?q=etcd');
    await counted(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.locator('.browse-list input[type=checkbox]').first().check();
    await page.getByTestId('bulk-selected').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/browse-phone-${scheme}.png`, fullPage: false });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete notes…' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the laptop table with a preview has no violations', async () => {
    const { page } = app;
    await page.setViewportSize(LAPTOP);
    try {
      await openBrowser(page, '?q=etcd');
      await counted(page);
      await page.locator('.row-preview').first().click();
      await page.locator('.browse-preview article.card').waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/browse-table-${scheme}.png` });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize(PHONE);
    }
  });
});
