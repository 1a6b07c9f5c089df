import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardRecord, ReviewLogRecord } from '../../lib/db';
import { type App, openApp } from './browser';
import { importThroughUi } from './importFlow';
import { answersStored, readStore } from './reviewSteps';

// A controlled clock (page.clock): time jumps past a learning card's due time and past many queue refreshes while the
// learner is in the middle of another card.

const NOTE = `---
chapter: 1
topic: 1.1
title: Clock test
k8s: 1.35
area: operations
sources:
  - docs/reference/kubectl/_index.md
---

# Clock test

\`\`\`card basic id=again-me
front: Answer me Again
back: I come back a minute later.
\`\`\`

\`\`\`card command id=type-me
task: List the Pods in namespace \`web\`.
answer: kubectl get pods -n web
\`\`\`

\`\`\`card basic id=third
front: A third card
back: For later.
\`\`\`
`;

let app: App;
beforeAll(async () => {
  app = await openApp();
  // Time flows as usual until the test moves it on.
  await app.page.clock.install();
});
afterAll(async () => {
  await app?.close();
});

const cardText = (page: Page) => page.locator('article.card').textContent();
const readAt = async (page: Page) => Number(await page.locator('[data-read-at]').getAttribute('data-read-at'));

describe('a card that falls due while the learner is on another one', () => {
  it('never replaces it: the typed text stays, the grade goes to the card on screen, the due card follows', async () => {
    const { page, baseUrl } = app;
    await importThroughUi(page, baseUrl, { name: 'clock.md', mimeType: 'text/markdown', buffer: Buffer.from(NOTE) });
    await page.getByRole('link', { name: 'Study Clock test' }).click();
    await page.locator('article.card').filter({ hasText: 'Answer me Again' }).waitFor();

    // Again: the card is learning, due in a minute.
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('button', { name: /^Again\b/ }).tap();
    const input = page.locator('#command-input');
    await input.waitFor();
    await input.fill('kubectl get pods -n w');
    await answersStored(page);

    // Two and a half minutes pass: the Again card falls due and the queue is read again ten times (every 15 s).
    const before = await readAt(page);
    await page.clock.runFor(150_000);
    await page.waitForFunction(
      (t) => Number(document.querySelector('[data-read-at]')?.getAttribute('data-read-at')) >= t,
      before + 140_000,
    );

    expect(await cardText(page)).toContain('List the Pods in namespace');
    expect(await input.inputValue()).toBe('kubectl get pods -n w');

    await input.fill('kubectl get pods -n web');
    await input.press('Enter');
    await page.getByRole('button', { name: /^Good\b/ }).tap();
    // The Again card, due now, comes next.
    await page.locator('article.card').filter({ hasText: 'Answer me Again' }).waitFor();
    await answersStored(page);

    const cards = await readStore<CardRecord>(page, 'cards');
    const keyOf = (id: string) => cards.find((c) => c.id.endsWith(id) || JSON.stringify(c.content).includes(id))?.key;
    const log = await readStore<ReviewLogRecord>(page, 'reviewLog');
    expect(log.map((row) => [row.cardKey, row.rating])).toEqual([
      [keyOf('Answer me Again'), 1],
      [keyOf('List the Pods in namespace'), 3],
    ]);
  });
});
