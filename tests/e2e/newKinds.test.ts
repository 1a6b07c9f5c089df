import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type App, openApp } from './browser';
import { importThroughUi } from './importFlow';
import { answersStored, currentCardId } from './reviewSteps';

// Our own small deck (one procedure, one diagnosis), brought in through the Kubecards Markdown import.
const DECK = 'tests/fixtures/new-kinds.md';
const STEPS = [
  'Restore the snapshot into a new data directory.',
  'Point the etcd-data hostPath volume in /etc/kubernetes/manifests/etcd.yaml at /var/lib/etcd-restore.',
  'Wait for the etcd and kube-apiserver static Pods to come back.',
  'Check that the API answers and the restored objects are there.',
];
const ANSWER = "The Service's targetPort is 8080";
// Imported cards are named after the note's guid and facet.
const PROCEDURE = 'md:drill-etcd-restore#card';
const DIAGNOSE = 'md:drill-wrong-target-port#card';
const FIX = `kubectl patch svc web -p '{"spec":{"ports":[{"port":80,"targetPort":80}]}}'`;

async function importAndStudy(app: App) {
  const { page } = app;
  expect(await importThroughUi(page, app.baseUrl, DECK)).toBe('2 added, 0 updated, 0 unchanged, 0 skipped');
  await page.getByRole('link', { name: 'Study Runbook drills' }).click();
  await page.locator('article.card').waitFor();
  expect(await currentCardId(page)).toBe(PROCEDURE);
}

/** Nothing on the page is wider than the viewport (the output box scrolls inside itself). */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

const suggested = (page: Page) => page.locator('.rate.suggested .rate-name').textContent();

const waitForNextCard = (page: Page, id: string) =>
  page.waitForFunction((previous) => {
    const label = document.querySelector('article.card')?.getAttribute('data-card-id');
    return label !== previous || document.querySelector('.finished') !== null;
  }, id);

/** Keyboard only: Shift+Tab (at most 30 times) from the Check button up until this element has the focus. */
async function tabBackTo(page: Page, target: Locator) {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error('never reached by Shift+Tab');
}

/** The digit key shown for an offered step or choice (its aria-keyshortcuts). */
const keyOf = async (control: Locator) => (await control.getAttribute('aria-keyshortcuts')) ?? '';

describe('procedure and diagnose cards by touch, 390×844', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
    await importAndStudy(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a procedure: tap the steps in order (a wrong tap undone by tapping again), type the commands, check', async () => {
    const { page } = app;
    const article = page.locator('article.card');
    const step = (i: number) => page.getByRole('button', { name: STEPS[i] });
    await step(0).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await step(2).tap();
    expect(await step(2).getAttribute('aria-pressed')).toBe('true');
    await step(2).tap();
    expect(await step(2).getAttribute('aria-pressed')).toBe('false');
    for (const i of [0, 1, 2, 3]) await step(i).tap();
    const box = await step(1).boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await page.getByLabel('Command for step 1').fill('etcdutl snapshot restore /backup/etcd.db --data-dir=/var/lib/etcd-restore');
    await page.getByLabel('Command for step 4').fill('kubectl get po --all-namespaces');
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Check', exact: true }).tap();
    await article.getByText('4 of 4 steps in order · 2 of 2 commands right').waitFor();
    expect(await article.locator('.steps-checked .step-ok').count()).toBe(4);
    expect(await suggested(page)).toBe('Good');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Good\b/ }).tap();
    await waitForNextCard(page, PROCEDURE);
  });

  it('a diagnosis: the output scrolls inside its box, tap a cause, type the fix, check', async () => {
    const { page } = app;
    const article = page.locator('article.card');
    expect(await currentCardId(page)).toBe(DIAGNOSE);
    const output = article.locator('pre.output');
    await output.waitFor();
    const box = await output.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await output.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    const right = article.locator('label.choice', { hasText: ANSWER });
    expect((await right.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await right.tap();
    expect(await right.getByRole('radio').isChecked()).toBe(true);
    await page.getByLabel('Type the fix (a command)').fill(FIX);
    await page.getByRole('button', { name: 'Check', exact: true }).tap();
    await article.getByText('Right cause').waitFor();
    expect(await article.locator('.choices-checked .choice-right.choice-picked').textContent()).toContain(ANSWER);
    await article.getByText('Equivalent').waitFor();
    expect(await suggested(page)).toBe('Good');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: /^Good\b/ }).tap();
    // Answered: both cards are learning now, and one of them comes back face down within the learn-ahead time.
    await page.waitForFunction(() => (document.querySelector('.card-back') as HTMLElement | null)?.hidden === true);
    // The next card shows before the answer is written; the counts follow the write.
    await answersStored(page);
    await expect.poll(() => page.getByTestId('count-new').textContent()).toBe('0');
  });
});

describe('procedure and diagnose cards by keyboard only, 1280×800', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ viewport: { width: 1280, height: 800 } });
    await importAndStudy(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a procedure: digit keys place the steps, Backspace undoes, the commands are typed, Enter checks, 3 rates', async () => {
    const { page } = app;
    const article = page.locator('article.card');
    const step = (i: number) => page.getByRole('button', { name: STEPS[i] });
    await step(0).waitFor();
    const keys = await Promise.all(STEPS.map((_, i) => keyOf(step(i))));
    await page.keyboard.press(keys[3]);
    expect(await step(3).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Backspace');
    expect(await step(3).getAttribute('aria-pressed')).toBe('false');
    // The middle two swapped: one of them is out of order.
    for (const i of [0, 2, 1, 3]) await page.keyboard.press(keys[i]);
    await tabBackTo(page, page.getByLabel('Command for step 4'));
    await page.keyboard.type('kubectl get pods -A');
    await tabBackTo(page, page.getByLabel('Command for step 1'));
    await page.keyboard.type('etcdutl snapshot restore /backup/etcd.db --data-dir /var/lib/etcd-restore');
    await page.keyboard.press('Enter');
    await article.getByText('3 of 4 steps in order · 2 of 2 commands right').waitFor();
    expect(await article.locator('.steps-checked .step-bad').textContent()).toContain('you put it');
    expect(await suggested(page)).toBe('Hard');
    await page.keyboard.press('3');
    await waitForNextCard(page, PROCEDURE);
  });

  it('a diagnosis: arrow keys move among the choices, a digit key picks, Enter in the fix field checks', async () => {
    const { page } = app;
    const article = page.locator('article.card');
    expect(await currentCardId(page)).toBe(DIAGNOSE);
    const radios = article.getByRole('radio');
    await radios.first().waitFor();
    // Shift+Tab from the Check button enters the group at its last choice (none is picked yet).
    await tabBackTo(page, radios.last());
    await page.keyboard.press('Space');
    expect(await radios.nth(3).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await radios.nth(2).isChecked()).toBe(true);
    const right = article.locator('label.choice', { hasText: ANSWER }).getByRole('radio');
    await page.keyboard.press(await keyOf(right));
    expect(await right.isChecked()).toBe(true);
    // Focus followed the pick, so Tab leaves the group for the fix field.
    expect(await right.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Type the fix (a command)').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('kubectl edit svc web');
    await page.keyboard.press('Enter');
    await article.getByText('Right cause').waitFor();
    expect(await suggested(page)).toBe('Hard');
    await page.keyboard.press('Enter');
    // Answered: both cards are learning now, and one of them (either) comes back face down within the learn-ahead time.
    await page.waitForFunction(() => (document.querySelector('.card-back') as HTMLElement | null)?.hidden === true);
    // The next card shows before the answer is written; the counts follow the write.
    await answersStored(page);
    await expect.poll(() => page.getByTestId('count-new').textContent()).toBe('0');
  });
});
