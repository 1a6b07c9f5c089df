import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewLogRecord } from '../../lib/db';
import { isAnswer } from '../../lib/db/records';
import { type App, openApp } from './browser';
import { openAsNewerVersion } from './newerDatabase';
import { buryUntil, countAnswers, currentCardId, readStore, reveal, revealAndRate } from './reviewSteps';

let app: App;
let tabA: Page;
let tabB: Page;
beforeAll(async () => {
  app = await openApp();
  tabA = app.page;
  tabB = await app.context.newPage();
  // Tab B can be told to hold back the news of other tabs' writes (Dexie sends it on a BroadcastChannel), as a
  // throttled background tab does: its answer then races one made elsewhere.
  await tabB.addInitScript(() => {
    const Native = BroadcastChannel;
    const held: (() => void)[] = [];
    const control = window as unknown as { holdTabNews: boolean; releaseTabNews(): void };
    control.holdTabNews = false;
    control.releaseTabNews = () => {
      control.holdTabNews = false;
      for (const deliver of held.splice(0)) deliver();
    };
    window.BroadcastChannel = class extends Native {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = handler && ((event) => (control.holdTabNews ? held.push(() => handler(event)) : handler(event)));
      }
      override get onmessage() {
        return super.onmessage;
      }
    };
  });
});
afterAll(async () => {
  await app?.close();
});

const counts = async (page: Page) => {
  const read = async (name: string) => Number(await page.getByTestId(`count-${name}`).first().textContent());
  return { new: await read('new'), learning: await read('learning'), review: await read('review') };
};
/** Waits for the tab to show a card other than `than`; well within the 15 s clock tick that re-reads the queue anyway. */
const showsAnotherCard = (page: Page, than: string) =>
  page.waitForFunction(
    (id) => {
      const label = document.querySelector('article.card')?.getAttribute('data-card-id');
      return label !== undefined && label !== null && label !== id;
    },
    than,
    { timeout: 5_000 },
  );

describe('reviewing in two tabs at once', () => {
  it('keeps every answer once: a card answered in the other tab stays on screen until acted on, then is refused', async () => {
    for (const tab of [tabA, tabB]) {
      await tab.goto(`${app.baseUrl}/review?deck=kubernetes`);
      await tab.locator('article.card').waitFor();
    }
    const answered: string[] = [];
    for (let i = 0; i < 8; i++) {
      const [here, there] = i % 2 ? [tabB, tabA] : [tabA, tabB];
      const shownThere = await currentCardId(there);
      const id = await revealAndRate(here, 'keyboard');
      answered.push(id);
      if (shownThere !== id) continue;
      // The other tab never swaps the card under the learner; answering it there is refused, and it moves on.
      expect(await currentCardId(there)).toBe(id);
      await reveal(there, 'keyboard');
      await there.keyboard.press('3');
      await there.getByRole('status').filter({ hasText: 'changed in another tab' }).waitFor();
      await showsAnotherCard(there, id);
    }
    expect(new Set(answered).size).toBe(8);
    const log = (await readStore<ReviewLogRecord>(tabA, 'reviewLog')).filter(isAnswer);
    expect(log.map((row) => row.cardKey.replace(/^kubernetes\//, ''))).toEqual(answered);
    // Both tabs count the same queue, live.
    for (const tab of [tabA, tabB]) await expect.poll(() => counts(tab)).toEqual({ new: 12, learning: 8, review: 0 });
  });

  it('refuses the second answer to a card already answered in the other tab, says so and refreshes', async () => {
    // Both tabs start from the stored queue (what each shows is its own until the learner acts on it).
    for (const tab of [tabA, tabB]) {
      await tab.goto(`${app.baseUrl}/review?deck=kubernetes`);
      await tab.locator('article.card').waitFor();
    }
    await expect.poll(() => currentCardId(tabB)).toBe(await currentCardId(tabA));
    const contested = await currentCardId(tabA);
    const before = (await readStore<ReviewLogRecord>(tabA, 'reviewLog')).filter(isAnswer).length;

    await tabB.evaluate(() => {
      (window as unknown as { holdTabNews: boolean }).holdTabNews = true;
    });
    await reveal(tabB, 'keyboard');
    await revealAndRate(tabA, 'keyboard');
    // Tab B has not heard of it and still shows the card, revealed; its answer must not be applied a second time.
    expect(await currentCardId(tabB)).toBe(contested);
    await tabB.bringToFront();
    await tabB.keyboard.press('3');
    await tabB.getByRole('status').filter({ hasText: 'changed in another tab' }).waitFor();
    await showsAnotherCard(tabB, contested);

    const log = (await readStore<ReviewLogRecord>(tabA, 'reviewLog')).filter(isAnswer);
    expect(log.length).toBe(before + 1);
    expect(log.filter((row) => row.cardKey === `kubernetes/${contested}`)).toHaveLength(1);
    await tabB.evaluate(() => (window as unknown as { releaseTabNews(): void }).releaseTabNews());
    await expect.poll(() => counts(tabB)).toEqual(await counts(tabA));
  });
});

// Issue 18.1 and issue 17 §4: Dexie closed the old tab's connection when another tab upgraded the schema, then
// silently reopened the newer database on the next query, so the old code wrote rows the new migration never saw.
describe('another tab upgrades the database under an open review', () => {
  it('stops writing, keeps what the learner typed, and asks for a reload', async () => {
    const fresh = await openApp();
    try {
      const { page, context } = fresh;
      // The review screen re-reads its queue on a 15 s tick: the test moves the clock past it.
      await page.clock.install();
      await page.goto(`${fresh.baseUrl}/review?deck=kubernetes&topic=2.7`);
      await page.locator('[data-sync=ready]').waitFor({ state: 'attached' });
      await page.locator('article.card').waitFor();
      await buryUntil(page, { command: true });
      const command = page.locator('#command-input');
      await command.fill('kubectl describe pod web');

      // What a newer release does on opening, in another tab: raise the version and add a store.
      const newer = await context.newPage();
      await newer.goto(`${fresh.baseUrl}/manifest.webmanifest`);
      await openAsNewerVersion(newer);
      await page.getByRole('alert').filter({ hasText: 'Kubecards was updated in another tab' }).waitFor();
      await page.clock.fastForward(20_000);
      expect(await command.inputValue()).toBe('kubectl describe pod web');

      await command.press('Enter');
      await page.getByRole('button', { name: /^Good\b/ }).click();
      await page.getByRole('status').filter({ hasText: 'Kubecards was updated in another tab' }).waitFor();
      // The refused answer brings its card back with the command the learner typed.
      await expect.poll(() => command.inputValue()).toBe('kubectl describe pod web');
      // The cards set aside before are log entries; no answer was written.
      expect(await countAnswers(newer)).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
