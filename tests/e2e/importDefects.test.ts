import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardRecord } from '../../lib/db';
import { collectionRows, writeApkg } from '../../lib/export/apkg';
import { enCore, translator } from '../../lib/i18n';
import { type App, openApp } from './browser';

// Import defects found with real files (issue 17 §5), each seen in Chromium. No service worker: one test holds back
// the import worker's script, which a service worker would serve from its cache.
let app: App;
const scratch = mkdtempSync(join(tmpdir(), 'kubecards-import-defects-'));
beforeAll(async () => {
  app = await openApp({ serviceWorkers: 'block' });
  await app.context.addInitScript(() => {
    const state = { csp: [] as string[], texts: [] as string[] };
    (window as unknown as { seen: typeof state }).seen = state;
    document.addEventListener('securitypolicyviolation', (e) => state.csp.push(`${e.violatedDirective} ${e.sample}`));
    // Every status text the page shows, in order (a step that flashes by is still recorded).
    new MutationObserver(() => {
      for (const node of document.querySelectorAll('[role=status], [role=alert]')) {
        const text = node.textContent ?? '';
        if (text && state.texts.at(-1) !== text) state.texts.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
});
afterAll(async () => {
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const seen = () => app.page.evaluate(() => (window as unknown as { seen: { csp: string[]; texts: string[] } }).seen);

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** An Anki package (written by our own exporter) whose card shows `100%.png` and carries an inline event handler. */
async function packageWithImage(): Promise<Buffer> {
  const path = { path: 'x', line: 1 };
  const card = {
    key: 'import/p#t0',
    deckId: 'd',
    retired: 0,
    id: 'p#t0',
    noteId: 'p',
    ord: 0,
    topic: '',
    tags: [],
    source: { en: path, zh: path },
    sources: [],
    kind: 'basic',
    html: true,
    content: {
      en: { front: 'Full marks <img src="100%.png" onerror="alert(1)">', back: '<span onmouseover="alert(2)">answer</span>' },
      zh: { front: '', back: '' },
    },
  } as CardRecord;
  const rows = collectionRows(
    { decks: [{ id: 'd', name: 'Marks' }], cards: [card], media: [{ name: '100%.png', data: new Uint8Array(PNG) }] },
    'en',
    translator(enCore),
    Date.UTC(2026, 0, 1),
  );
  return Buffer.from(writeApkg(rows, await initSqlJs()));
}

describe('importing in Chromium: the edges', () => {
  it('HTML with on* attributes is shown without a single CSP violation', async () => {
    const { page, baseUrl } = app;
    await page.goto(`${baseUrl}/import`);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'marks.apkg', mimeType: 'application/octet-stream', buffer: await packageWithImage() });
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    await page.getByText('answer', { exact: true }).waitFor();
    await page.getByText('Full marks').waitFor();
    expect((await seen()).csp).toEqual([]);
  });

  it("the preview shows the package's own image (named 100%.png), before anything is written", async () => {
    const image = app.page.locator('article.card img').first();
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  });

  it('Cancel in the preview says that nothing was written', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Import cancelled: nothing was written.').waitFor();
  });

  it('a file over 200 MB is refused on its size alone, before it is read', async () => {
    const { page, baseUrl } = app;
    const huge = join(scratch, 'huge.apkg');
    writeFileSync(huge, '');
    truncateSync(huge, 1200 * 1024 * 1024); // sparse: nothing is written to disk
    await page.goto(`${baseUrl}/import`);
    await page.locator('input[type=file]').setInputFiles(huge);
    await page.getByText('the file is larger than 200 MB').waitFor();
    expect((await seen()).texts.some((text) => text.startsWith('Reading huge.apkg'))).toBe(false);
  });

  it('"Reading…" can be cancelled, and says that nothing was written', async () => {
    const { page, baseUrl, context } = app;
    const held: Route[] = [];
    await context.route('**/import-worker.js', (route) => {
      held.push(route);
    });
    try {
      await page.goto(`${baseUrl}/import`);
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'slow.csv', mimeType: 'text/csv', buffer: Buffer.from('front,back\nq,a\n') });
      await page.getByText('Reading slow.csv…').waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByText('Import cancelled: nothing was written.').waitFor();
      expect(await page.getByRole('heading', { name: 'Preview' }).count()).toBe(0);
    } finally {
      await context.unroute('**/import-worker.js');
      for (const route of held) await route.abort().catch(() => {});
    }
  });
});
