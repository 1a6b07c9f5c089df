import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from './browser';
import { HAVE_FIXTURES, NEEDS_FIXTURES } from './fixtures';
import { importThroughUi } from './importFlow';
import { collectDialogs, findDanger, xssVectors } from './xssCorpora';

const PER_CARD = 20;

/** Every vector of both corpora, as imported Anki HTML: an Anki text export with #html:true. */
function hostileDeck(): { text: string; cards: number; vectors: number } {
  const vectors = xssVectors();
  const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;
  const rows: string[] = [];
  for (let i = 0; i < vectors.length; i += PER_CARD) {
    const chunk = vectors.slice(i, i + PER_CARD).map((v, j) => `<div data-vector="${i + j}">${v}</div>`);
    rows.push(`${quote(`card ${i / PER_CARD} ${chunk.join('')}`)}\t${quote(chunk.join(''))}`);
  }
  return { text: `#separator:tab\n#html:true\n${rows.join('\n')}\n`, cards: rows.length, vectors: vectors.length };
}

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe.skipIf(!HAVE_FIXTURES)(`XSS corpora through the card renderer${NEEDS_FIXTURES}`, () => {
  it('no vector runs a script, fires a handler, opens a dialog or navigates', async () => {
    const { page } = app;
    const deck = hostileDeck();
    expect(deck.vectors).toBe(223 + 73);
    const dialogs = collectDialogs(page);
    const summary = await importThroughUi(page, app.baseUrl, {
      name: 'hostile.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(deck.text),
    });
    expect(summary).toBe(`${deck.cards} added, 0 updated, 0 unchanged, 0 skipped`);
    await page.getByRole('link', { name: 'Study hostile' }).click();
    await page.locator('article.card').waitFor();
    const start = page.url();
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });

    for (let i = 0; i < deck.cards; i++) {
      await page.getByRole('button', { name: 'Show answer' }).tap();
      await page.locator('.card-back:not([hidden])').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('article.card [aria-busy="true"]').length === 0);
      // Whatever the card loads has loaded (an image's error or load is when an injected handler would fire).
      await page.waitForFunction(() =>
        [...document.querySelectorAll('article.card img')].every((img) => (img as HTMLImageElement).complete),
      );
      expect([i, await page.evaluate(findDanger, 'article.card')]).toEqual([i, []]);
      const id = await page.locator('article.card').getAttribute('data-card-id');
      await page.getByRole('button', { name: /^Good\b/ }).tap();
      await page.waitForFunction((prev) => document.querySelector('article.card')?.getAttribute('data-card-id') !== prev, id);
    }
    expect(dialogs).toEqual([]);
    expect(navigations).toBe(0);
    expect(page.url()).toBe(start);
  });
});
