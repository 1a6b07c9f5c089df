import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleRecord } from '../../lib/db';
import { type App, openApp } from './browser';
import { answersStored, countAnswers, currentCardId, readStore, revealAndRate, startStudying } from './reviewSteps';

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const counts = async () => {
  const { page } = app;
  const read = async (name: string) => Number(await page.getByTestId(`count-${name}`).first().textContent());
  return { new: await read('new'), learning: await read('learning'), review: await read('review') };
};

describe('the review loop on a phone (390×844)', () => {
  it('reviews 5 cards by keyboard and 5 by tapping; counts and the review log survive a reload', async () => {
    const { page } = app;
    await startStudying(page, app.baseUrl);
    expect(await counts()).toEqual({ new: 20, learning: 0, review: 0 });

    const seen: string[] = [];
    for (let i = 0; i < 5; i++) seen.push(await revealAndRate(page, 'keyboard'));
    for (let i = 0; i < 5; i++) seen.push(await revealAndRate(page, 'touch'));
    expect(new Set(seen).size).toBe(10);
    expect(await countAnswers(page)).toBe(10);
    // The next card shows at once (read ahead); the counts follow with the live query.
    await expect.poll(counts).toEqual({ new: 10, learning: 10, review: 0 });

    await page.reload();
    await page.locator('article.card').waitFor();
    await expect.poll(counts).toEqual({ new: 10, learning: 10, review: 0 });
    expect(await countAnswers(page)).toBe(10);
  });

  it('undo (button, then U key) brings back the card just answered and takes its answer out of the log', async () => {
    const { page } = app;
    const answered = await revealAndRate(page, 'touch');
    expect(await countAnswers(page)).toBe(11);
    await page.getByRole('button', { name: 'Undo' }).tap();
    await expect.poll(() => currentCardId(page)).toBe(answered);
    await expect.poll(() => countAnswers(page)).toBe(10);
    await page.getByRole('status').filter({ hasText: 'undone' }).waitFor();

    const again = await revealAndRate(page, 'keyboard');
    expect(again).toBe(answered);
    await page.keyboard.press('u');
    await expect.poll(() => currentCardId(page)).toBe(answered);
    await expect.poll(() => countAnswers(page)).toBe(10);
  });

  it('every card first shows face down (never the answer of the card before), and an answered card does not come back', async () => {
    const { page } = app;
    // Every state the DOM passes through, recorded before it can paint: which card, and whether its answer shows.
    await page.evaluate(() => {
      const trail: string[] = [];
      (window as unknown as { trail: string[] }).trail = trail;
      const record = () => {
        const label = document.querySelector('article.card')?.getAttribute('data-card-id');
        const state = label ? `${label}|${document.querySelector('.card-back:not([hidden])') ? 'answer' : 'question'}` : '';
        if (state && trail.at(-1) !== state) trail.push(state);
      };
      record();
      new MutationObserver(record).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    const answered: string[] = [];
    for (let i = 0; i < 6; i++) answered.push(await revealAndRate(page, 'keyboard'));
    const trail = await page.evaluate(() => (window as unknown as { trail: string[] }).trail);
    const cards = trail.map((state) => state.split('|')[0]).filter((label, i, all) => label !== all[i - 1]);
    expect(trail.filter((state, i) => state.split('|')[0] !== trail[i - 1]?.split('|')[0]).map((s) => s.split('|')[1])).toEqual(
      cards.map(() => 'question'),
    );
    expect(cards).toEqual([...answered, cards.at(-1)]);
  });

  it("'-' buries and '@' suspends the card on screen (Anki's keys); U brings it back each time", async () => {
    const { page } = app;
    const rowOf = async (id: string) =>
      (await readStore<ScheduleRecord>(page, 'schedule')).find((row) => row.key === `kubernetes/${id}`) as ScheduleRecord;
    for (const [key, notice, check] of [
      ['-', 'Card buried until tomorrow', (row: ScheduleRecord) => (row.buriedUntil ?? 0) > Date.now()],
      ['@', 'Card suspended', (row: ScheduleRecord) => row.suspended === 1],
    ] as const) {
      const id = await currentCardId(page);
      // Keys typed into a field (a command card's answer) are text, not shortcuts.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press(key);
      await page.getByRole('status').filter({ hasText: notice }).waitFor();
      await expect.poll(() => currentCardId(page)).not.toBe(id);
      // The next card shows at once; the write follows it.
      await answersStored(page);
      expect(check(await rowOf(id))).toBe(true);
      // The next card may be a command card, its field focused: U there is text, not the shortcut.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('u');
      await expect.poll(() => currentCardId(page)).toBe(id);
      await answersStored(page);
      expect(check(await rowOf(id))).toBe(false);
    }
  });
});

describe('a first visit straight to the review screen', () => {
  it('waits for the first cards and never says "done for today" while the deck arrives', async () => {
    const fresh = await openApp();
    try {
      await fresh.context.addInitScript(() => {
        new MutationObserver(() => {
          if (document.querySelector('.finished')) (window as unknown as { sawFinished: boolean }).sawFinished = true;
        }).observe(document, { childList: true, subtree: true });
      });
      await fresh.page.goto(`${fresh.baseUrl}/review`);
      await fresh.page.locator('article.card').waitFor();
      expect(await fresh.page.evaluate(() => (window as unknown as { sawFinished?: boolean }).sawFinished ?? false)).toBe(false);
    } finally {
      await fresh.close();
    }
  });
});

// Issue 17 §3: the home screen's links prefetched their screens on a first visit, Next's work running on the main thread
// while the page hydrated (the service worker precaches every screen anyway).
describe('a first visit of the home screen', () => {
  it('prefetches no screen', async () => {
    const fresh = await openApp();
    try {
      const prefetches: string[] = [];
      fresh.page.on('request', (request) => {
        if (request.url().includes('_rsc=')) prefetches.push(request.url());
      });
      await fresh.page.goto(`${fresh.baseUrl}/`);
      await fresh.page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
      await fresh.page.locator('[data-sync=ready]').waitFor({ state: 'attached' });
      expect(prefetches).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  // The review's bottom bar linked home with Next's default prefetch: a first visit's /review fetched the home screen
  // and its payloads while the first card and its deck were still arriving.
  it('nor does the review screen, once its bottom bar is there', async () => {
    const fresh = await openApp();
    try {
      const prefetches: string[] = [];
      fresh.page.on('request', (request) => {
        if (request.url().includes('_rsc=')) prefetches.push(request.url());
      });
      await fresh.page.goto(`${fresh.baseUrl}/review`);
      await fresh.page.locator('.thumb-bar').getByRole('link', { name: 'Decks' }).waitFor();
      await fresh.page.locator('[data-sync=ready]').waitFor({ state: 'attached' });
      // Next prefetches a link seen on screen when the page is next idle.
      await fresh.page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
      await fresh.page.waitForLoadState('networkidle');
      expect(prefetches).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

// Issue 18.7: cards answered while the device clock was 400 days ahead stayed due ~465 days after the real date, with
// no warning.
describe('a device clock that jumped forward, then back', () => {
  it('warns of answers dated in the future and reschedules their cards from today', async () => {
    const DAY = 86_400_000;
    const fresh = await openApp();
    try {
      const { page } = fresh;
      const realNow = Date.now();
      await page.clock.install({ time: realNow + 400 * DAY });
      await startStudying(page, fresh.baseUrl);
      await revealAndRate(page, 'touch');
      await page.clock.setSystemTime(realNow);
      await page.goto(`${fresh.baseUrl}/`);
      const notice = page.getByRole('alert').filter({ hasText: '1 answer is dated in the future, up to 400 days ahead' });
      await notice.waitFor();
      await page.getByRole('button', { name: 'Reschedule from today' }).click();
      await notice.waitFor({ state: 'detached' });
      const answered = (await readStore<ScheduleRecord>(page, 'schedule')).filter((s) => s.lastReview !== null);
      expect(answered).toHaveLength(1);
      expect((answered[0]?.due ?? Infinity) - realNow).toBeLessThan(DAY);
    } finally {
      await fresh.close();
    }
  });
});
