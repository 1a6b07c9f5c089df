import type { Page } from 'playwright-core';

/** Home → "Study Kubernetes" → the first card. */
export async function startStudying(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: 'Study Kubernetes' }).click();
  await page.locator('article.card').waitFor();
}

export async function currentCardId(page: Page): Promise<string> {
  return (await page.locator('article.card').getAttribute('data-card-id')) ?? '';
}

/** Resolves once the card on screen is no longer the one with this id (another card, or the end of the session). */
export function cardLeaves(page: Page, id: string) {
  return page.waitForFunction(
    (previous) => document.querySelector('.finished') || document.querySelector('article.card')?.getAttribute('data-card-id') !== previous,
    id,
  );
}

/** Answers the card on screen with Good, by keys or by taps; returns its id once the next card (or the end) shows. */
export async function revealAndRate(page: Page, mode: 'keyboard' | 'touch'): Promise<string> {
  const id = await currentCardId(page);
  const good = await reveal(page, mode);
  if (mode === 'keyboard') await page.keyboard.press('3');
  else await good.tap();
  await page.waitForFunction((previous) => {
    const label = document.querySelector('article.card')?.getAttribute('data-card-id');
    const revealed = document.querySelector('.card-back:not([hidden])');
    return label !== previous || (!revealed && document.querySelector('.finished'));
  }, id);
  await answersStored(page);
  return id;
}

/** Shows the answer of the card on screen (typing a command first where one is asked); resolves with its Good button. */
export async function reveal(page: Page, mode: 'keyboard' | 'touch') {
  // The learner looks at the tab they answer in (a hidden tab paints no frames, so it takes no grade).
  await page.bringToFront();
  const command = page.locator('#command-input');
  if (await command.isVisible()) {
    await command.fill('kubectl get pods');
    if (mode === 'keyboard') await command.press('Enter');
    else await page.getByRole('button', { name: 'Check' }).tap();
  } else if (mode === 'keyboard') {
    await page.keyboard.press('Space');
  } else {
    await page.getByRole('button', { name: /^(Show answer|Check)$/ }).tap();
  }
  const good = page.getByRole('button', { name: /^Good\b/ });
  await good.waitFor();
  return good;
}

/**
 * Buries cards (Anki's '-') until the card on screen is (or is not) a command card, so that a test does not depend on
 * the order of the deck.
 */
export async function buryUntil(page: Page, { command }: { command: boolean }) {
  const input = page.locator('#command-input');
  for (let i = 0; i < 50 && (await input.isVisible()) !== command; i++) {
    const id = await currentCardId(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('-');
    await page.waitForFunction((prev) => document.querySelector('article.card')?.getAttribute('data-card-id') !== prev, id);
  }
  await answersStored(page);
}

/** Waits until the review screen has written every answer given (the next card shows before the write commits). */
export const answersStored = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-pending]')?.getAttribute('data-pending') === '0');

/** Answers in the review log (card actions are log entries too, not answers), read straight from IndexedDB. */
export const countAnswers = async (page: Page) =>
  (await readStore<{ kind?: string }>(page, 'reviewLog')).filter((row) => (row.kind ?? 'review') === 'review').length;

/** Rows in the review log, read straight from IndexedDB (not through the app). */
export const countReviewLog = (page: Page) => countStore(page, 'reviewLog');

/** How many rows one IndexedDB store holds (none of them read). */
export function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kubecards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Every row of one IndexedDB store, read straight from the database (not through the app). */
export function readStore<Row>(page: Page, store: string): Promise<Row[]> {
  return page.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('kubecards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as Row[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
