import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewCard } from '../../lib/model';
import { type App, openApp } from './browser';
import { answersStored, currentCardId, readStore } from './reviewSteps';

const SCREENSHOTS = 'test-results/screenshots';
/** A wrong answer as long as the longest real ones: it must wrap, never widen the page. */
const LONG_WRONG = 'kubectl-wrong-value-with-no-spaces-at-all-0123456789/etc/kubernetes/pki/etcd/healthcheck-client.crt';

type DeckCard = ReviewCard & { answer?: string; yaml?: unknown; commands?: unknown };

/** The text a card shows or asks for, in both languages: what makes it long on a phone. */
const shownText = (card: DeckCard) => JSON.stringify([card.content, card.answer ?? '', card.yaml ?? '', card.commands ?? '']);
const longestLine = (card: DeckCard) =>
  Math.max(
    ...shownText(card)
      .split(/\\n|","|\],\[/)
      .map((part) => part.length),
  );

/** For every kind (and facet), the card with the most text and the one with the longest single line, in the built deck. */
function longestCards(): DeckCard[] {
  const deck = JSON.parse(readFileSync('public/deck/kubernetes.json', 'utf8')) as { cards: DeckCard[] };
  const byKind = new Map<string, DeckCard[]>();
  for (const card of deck.cards) {
    const kind = 'facet' in card ? `${card.kind}:${card.facet}` : card.kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), card]);
  }
  const picked = new Map<string, DeckCard>();
  for (const cards of byKind.values()) {
    for (const measure of [(c: DeckCard) => shownText(c).length, longestLine]) {
      const longest = cards.reduce((best, card) => (measure(card) > measure(best) ? card : best));
      // One card per note: answering a card buries its siblings until tomorrow.
      if (![...picked.values()].some((c) => c.noteId === longest.noteId)) picked.set(longest.id, longest);
    }
  }
  return [...picked.values()];
}

/** The topics with the longest source URL and with the most sources: the widest part of a notes page. */
function widestSourceTopics(): string[] {
  const deck = JSON.parse(readFileSync('public/deck/kubernetes.json', 'utf8')) as { topics: { topic: string; sources: string[] }[] };
  const longestUrl = (t: { sources: string[] }) => Math.max(0, ...t.sources.map((s) => s.length));
  const byUrl = deck.topics.reduce((a, b) => (longestUrl(b) > longestUrl(a) ? b : a));
  const byCount = deck.topics.reduce((a, b) => (b.sources.length > a.sources.length ? b : a));
  return [...new Set([byUrl.topic, byCount.topic, '3.9'])];
}

/**
 * Rewrites the built-in deck's schedule straight in IndexedDB. `studyOnly`: suspends every other card (the review shows
 * only these). `restore`: puts rows back as they were (new cards again) and forgets today's answers (the daily new-card
 * limit counts them).
 */
function rewriteSchedule(page: Page, change: { studyOnly: string[] } | { restore: unknown[] }) {
  return page.evaluate(
    (what) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kubecards');
        open.onsuccess = () => {
          const tx = open.result.transaction(['schedule', 'reviewLog', 'dailyStats'], 'readwrite');
          const schedule = tx.objectStore('schedule');
          if ('restore' in what) {
            for (const row of what.restore) schedule.put(row);
            tx.objectStore('reviewLog').clear();
            tx.objectStore('dailyStats').clear();
          } else {
            const cursor = schedule.openCursor();
            cursor.onsuccess = () => {
              const at = cursor.result;
              if (!at) return;
              const row = at.value as { key: string };
              // Suspended as the app does it: the flag, and the queue index of set-aside cards (schema.ts `Parked`).
              if (!what.studyOnly.includes(row.key)) at.update({ ...row, suspended: 1, queue: -1 });
              at.continue();
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    change,
  );
}

/** The page is no wider than the phone: nothing scrolls sideways. */
async function expectFits(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: page width`).toBeLessThanOrEqual(innerWidth);
}

/** Again/Hard/Good/Easy are on screen without scrolling. */
async function expectGradesOnScreen(page: Page, where: string) {
  const box = await page.evaluate(() => {
    const rect = document.querySelector('.answer-buttons')?.getBoundingClientRect();
    return rect && { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, width: innerWidth, height: innerHeight };
  });
  expect(box, `${where}: grade buttons`).toBeTruthy();
  if (!box) return;
  expect(box.left, `${where}: grade buttons left`).toBeGreaterThanOrEqual(0);
  expect(box.right, `${where}: grade buttons right`).toBeLessThanOrEqual(box.width);
  expect(box.top, `${where}: grade buttons top`).toBeGreaterThanOrEqual(0);
  expect(box.bottom, `${where}: grade buttons bottom`).toBeLessThanOrEqual(box.height);
}

/** The cluster diagram's labels are 12 px or more as drawn; the "More" toggle is a 44-px target. */
async function expectReadableTargets(page: Page, where: string) {
  const { labels, more } = await page.evaluate(() => {
    const sizes = [...document.querySelectorAll<SVGSVGElement>('svg.diagram')].flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
    });
    return { labels: sizes, more: document.querySelector('.more > summary')?.getBoundingClientRect().height ?? 44 };
  });
  for (const size of labels) expect(size, `${where}: diagram label px`).toBeGreaterThanOrEqual(12);
  expect(more, `${where}: "More" toggle height`).toBeGreaterThanOrEqual(44);
}

/** Types a long, slightly wrong answer into every field the card asks for, then checks it (or shows the answer). */
async function answerWrong(page: Page, card: DeckCard) {
  const command = page.locator('#command-input');
  if (await command.isVisible()) {
    const answer = card.answer ?? '';
    // Slightly wrong: the longest part of the real answer, misspelt.
    const longest = answer.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    await command.fill(answer.replace(longest, `${longest}x`) || LONG_WRONG);
  }
  for (const field of await page.locator('article.card input[type="text"], article.card input:not([type]), article.card textarea').all()) {
    if (await field.isVisible()) await field.fill(LONG_WRONG);
  }
  await page.locator('.review-actions button.primary').click();
  await page.locator('.answer-buttons').waitFor();
  // What only the back shows loads lazily: its sources footer comes last.
  await page.locator('.card-back .sources').waitFor();
}

describe('long real content fits a 390×844 phone (both faces, wrong answers), in English and Chinese', () => {
  let app: App;
  const cards = longestCards();
  const keys = cards.map((card) => `kubernetes/${card.id}`);
  let fresh: unknown[] = [];
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await openApp();
    await app.page.goto(`${app.baseUrl}/`);
    const total = JSON.parse(readFileSync('public/deck/kubernetes.json', 'utf8')).cards.length as number;
    // The whole deck is written (a first visit writes a first part, then the rest).
    await app.page.waitForFunction(
      (count) => {
        // A synchronous check each poll (an async predicate would count as true at once): the last count seen.
        const open = indexedDB.open('kubecards');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('schedule')) return db.close();
          const request = db.transaction('schedule').objectStore('schedule').count();
          request.onsuccess = () => {
            (window as unknown as { scheduleRows: number }).scheduleRows = request.result;
            db.close();
          };
        };
        return (window as unknown as { scheduleRows?: number }).scheduleRows === count;
      },
      total,
      { timeout: 120_000, polling: 500 },
    );
    fresh = (await readStore<{ key: string }>(app.page, 'schedule')).filter((row) => keys.includes(row.key));
    await rewriteSchedule(app.page, { studyOnly: keys });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: every kind's longest card, face up, face down and answered wrong`, async () => {
      const { page, baseUrl } = app;
      await rewriteSchedule(page, { restore: fresh });
      await page.evaluate((l) => localStorage.setItem('kubecards.lang', l), lang);
      await page.goto(`${baseUrl}/review`);
      const seen: string[] = [];
      for (let i = 0; i < cards.length; i++) {
        await page.locator('article.card').waitFor();
        await page.waitForFunction((l) => document.documentElement.lang === (l === 'zh' ? 'zh-CN' : 'en'), lang);
        const id = await currentCardId(page);
        const card = cards.find((c) => c.id === id);
        expect(card, `card ${id} is one of the longest`).toBeTruthy();
        if (!card) return;
        seen.push(id);
        await expectFits(page, `${lang} ${id} front`);
        await answerWrong(page, card);
        await expectFits(page, `${lang} ${id} wrong answer`);
        await expectGradesOnScreen(page, `${lang} ${id} wrong answer`);
        await expectReadableTargets(page, `${lang} ${id}`);
        if (card.kind === 'command') await page.screenshot({ path: `${SCREENSHOTS}/overflow-command-wrong-${lang}.png` });
        await page.locator('.answer-buttons .rate-4').click();
        await page.waitForFunction((previous) => document.querySelector('article.card')?.getAttribute('data-card-id') !== previous, id);
      }
      await answersStored(page);
      expect(seen.sort()).toEqual(cards.map((c) => c.id).sort());
    });
  }

  it('the notes topic pages with the longest source links fit, in both languages', async () => {
    const { page, baseUrl } = app;
    const topics = widestSourceTopics();
    for (const lang of ['en', 'zh'] as const) {
      await page.evaluate((l) => localStorage.setItem('kubecards.lang', l), lang);
      for (const topic of topics) {
        await page.goto(`${baseUrl}/notes/${topic.replace(/\./g, '-')}`);
        await page.locator('article.note').waitFor();
        // Open every card's answer: its sources are the widest part.
        await page.evaluate(() => {
          for (const show of document.querySelectorAll<HTMLButtonElement>('.note-card-footer button[aria-expanded="false"]')) show.click();
        });
        await page.waitForFunction(() => document.querySelector('.note-card-footer button[aria-expanded="false"]') === null);
        await expectFits(page, `${lang} notes ${topic}`);
        // The sources name the pages to open, never the kubernetes/website files (docs/….md).
        for (const text of await page.locator('.note-sources a').allTextContents()) expect(text).not.toMatch(/^(docs|content)\//);
      }
    }
  });
});
