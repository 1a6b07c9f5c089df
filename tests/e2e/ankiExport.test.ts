import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImport } from '../../lib/import';
import { type App, openApp } from './browser';
import { revealAndRate, startStudying } from './reviewSteps';

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('exporting to Anki in Chromium', () => {
  it('the deck screen downloads an .apkg, built in the export worker, with the answers given', async () => {
    const { page, baseUrl } = app;
    await startStudying(page, baseUrl);
    await revealAndRate(page, 'keyboard');
    await revealAndRate(page, 'keyboard');
    await page.goto(`${baseUrl}/deck?id=kubernetes`);
    await page.getByText('The plain text file is for importing into Anki, not for opening in a spreadsheet.').waitFor();
    expect(await page.getByLabel('Include scheduling and history').isChecked()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Anki package (.apkg)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Kubernetes-\d{4}-\d{2}-\d{2}\.apkg$/);
    const bytes = new Uint8Array(readFileSync((await download.path()) ?? ''));
    const sql = initSqlJs();
    const parsed = await parseImport({ name: 'export.apkg', bytes }, {}, () => sql);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const cards = parsed.deck.notes.flatMap((n) => n.cards);
    expect(cards.length).toBeGreaterThan(1000);
    expect(cards.filter((c) => c.history).map((c) => c.history?.answers.length)).toEqual([1, 1]);
  });
});
