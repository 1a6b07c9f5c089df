import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp, waitForServiceWorker } from './browser';
import { FIXTURES, HAVE_FIXTURES, NEEDS_FIXTURES } from './fixtures';
import { importThroughUi } from './importFlow';

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe.skipIf(!HAVE_FIXTURES)(`importing Anki packages in Chromium${NEEDS_FIXTURES}`, () => {
  it('the preview shows counts and every problem before anything is written', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/import`);
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'apkg/srsconv-mixed-legacy-2.apkg'));
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toBe('7 notes, 10 cards');
    expect(await page.getByTestId('import-problems').textContent()).toContain('note type not supported');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
    expect(await page.getByText('Test - Mixed Types').count()).toBe(0);
  });

  it('imports an .apkg with images, then reviews one of its cards offline with the image shown from IndexedDB', async () => {
    const { page, context } = app;
    await page.goto(`${app.baseUrl}/`);
    await waitForServiceWorker(page);
    const summary = await importThroughUi(page, app.baseUrl, join(FIXTURES, 'apkg/ankireader-Amino_Acid_Flashcards.apkg'));
    expect(summary).toBe('20 added, 0 updated, 0 unchanged, 0 skipped');
    const study = page.getByRole('link', { name: 'Study Classes::CBIO 3400::Amino Acids' });
    const href = (await study.getAttribute('href')) ?? '';

    await context.setOffline(true);
    await page.goto(`${app.baseUrl}${href}`);
    const image = page.locator('article.card img').first();
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.locator('#command-input').fill('alanine');
    await page.getByRole('button', { name: 'Check' }).tap();
    await page.getByRole('button', { name: /^Good\b/ }).tap();
    await page.locator('article.card').waitFor();
    await context.setOffline(false);
  });

  it("keeps an Anki package's review history: its cards come in as reviews, due when Anki had them due", async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/import`);
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'apkg/srsconv-mixed-legacy-2.apkg'));
    const keep = page.getByRole('checkbox', { name: /Keep the review history from Anki \(20 answers on 10 cards\)/ });
    expect(await keep.isChecked()).toBe(true);
    await page.getByRole('button', { name: /^Import [\d,]+ cards?$/ }).click();
    await page.getByText('20 answers from Anki kept').waitFor();
    // Anki had them due in August 2025: today they are all overdue reviews, and none is new.
    await page.getByRole('link', { name: 'Study Test - Mixed Types' }).click();
    await page.locator('article.card').waitFor();
    expect([await page.getByTestId('count-new').textContent(), await page.getByTestId('count-review').textContent()]).toEqual(['0', '10']);
  });

  it('re-importing the same package changes nothing', async () => {
    const summary = await importThroughUi(app.page, app.baseUrl, join(FIXTURES, 'apkg/ankireader-Amino_Acid_Flashcards.apkg'));
    expect(summary).toBe('0 added, 0 updated, 20 unchanged, 0 skipped');
  });

  it('a file shared from the Android share sheet (a POST to /import) reaches the import preview', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/`);
    await waitForServiceWorker(page);
    const stashed = await page.evaluate(async () => {
      const form = new FormData();
      form.append('file', new File(['pod\tsmallest unit\nnode\ta machine\n'], 'shared.tsv', { type: 'text/tab-separated-values' }));
      await fetch('/import', { method: 'POST', body: form });
      return (await (await caches.open('kubecards-shared')).match('/shared-file'))?.headers.get('X-File-Name');
    });
    expect(stashed).toBe('shared.tsv');
    await page.goto(`${app.baseUrl}/import?shared=1`);
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toBe('2 notes, 2 cards');
  });

  it('a damaged package is refused with a message and writes nothing', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/import`);
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.apkg',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('PK\u0003\u0004 not really a zip'),
    });
    await expect
      .poll(() => page.locator('.notice.error').textContent())
      .toBe('Could not import: the package is damaged (not a valid zip archive)');
  });
});
