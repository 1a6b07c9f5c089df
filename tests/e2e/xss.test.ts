import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from './browser';
import { FIXTURES, HAVE_FIXTURES, NEEDS_FIXTURES } from './fixtures';
import { importThroughUi } from './importFlow';

const XSS = join(FIXTURES, 'xss');
const PER_CARD = 20;

/** Every vector of both corpora, as imported Anki HTML: an Anki text export with #html:true. */
function hostileDeck(): { text: string; cards: number; vectors: number } {
  const dompurify = (JSON.parse(readFileSync(join(XSS, 'dompurify-expect.json'), 'utf8')) as { payload: string }[]).map((c) => c.payload);
  const rsnake = readFileSync(join(XSS, 'payloadsallthethings-RSNAKE_XSS.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const vectors = [...dompurify, ...rsnake];
  const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;
  const rows: string[] = [];
  for (let i = 0; i < vectors.length; i += PER_CARD) {
    const chunk = vectors.slice(i, i + PER_CARD).map((v, j) => `<div data-vector="${i + j}">${v}</div>`);
    rows.push(`${quote(`card ${i / PER_CARD} ${chunk.join('')}`)}\t${quote(chunk.join(''))}`);
  }
  return { text: `#separator:tab\n#html:true\n${rows.join('\n')}\n`, cards: rows.length, vectors: vectors.length };
}

/** Anything in the rendered card that could run code, leave the page or load a remote resource. */
function findDanger() {
  const card = document.querySelector('article.card');
  if (!card) return ['no card'];
  const problems: string[] = [];
  for (const el of card.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (
      [
        'script',
        'iframe',
        'frame',
        'object',
        'embed',
        'applet',
        'form',
        'style',
        'link',
        'meta',
        'base',
        'svg',
        'math',
        'template',
      ].includes(tag)
    )
      problems.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
      const urlAttr = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'ping'].includes(
        name,
      );
      if (urlAttr && /^(javascript|vbscript|data:text\/html)/.test(value.replace(/\s/g, '')))
        problems.push(`${tag}[${name}=${value.slice(0, 30)}]`);
      if (['src', 'srcset', 'poster', 'background', 'data', 'xlink:href'].includes(name) && /^(https?:|\/\/)/.test(value))
        problems.push(`${tag}[${name}] remote`);
      if (name === 'style' && /url\s*\(|expression/.test(value)) problems.push(`${tag}[style] ${value.slice(0, 30)}`);
    }
  }
  return problems;
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
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
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
      expect([i, await page.evaluate(findDanger)]).toEqual([i, []]);
      const id = await page.locator('article.card').getAttribute('data-card-id');
      await page.getByRole('button', { name: /^Good\b/ }).tap();
      await page.waitForFunction((prev) => document.querySelector('article.card')?.getAttribute('data-card-id') !== prev, id);
    }
    expect(dialogs).toEqual([]);
    expect(navigations).toBe(0);
    expect(page.url()).toBe(start);
  });
});
