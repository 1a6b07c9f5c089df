import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardKind, DeckArtifact, ReviewCard } from '../../lib/model';
import { type PackedDeck, unpackDeck } from '../../lib/notes/pack';
import { blanksOf } from '../../lib/srs';
import { type App, openApp } from './browser';
import { currentCardId } from './reviewSteps';

const deck: DeckArtifact = unpackDeck(JSON.parse(readFileSync('public/deck/kubernetes.json', 'utf8')) as PackedDeck);
const KINDS: CardKind[] = ['basic', 'cloze', 'command', 'component', 'object', 'manifest', 'procedure', 'diagnose'];

/** Inline Markdown as the page shows it (the accessible name of a step or a choice). */
const shown = (markdown: string) =>
  markdown
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1');

/** For a kind, the card that comes soonest in its topic's session (fewest cards to answer before it). */
function soonestOfKind(kind: CardKind): ReviewCard {
  const position = (card: ReviewCard) => {
    const topicCards = deck.cards.filter((c) => c.topic === card.topic);
    return new Set(topicCards.filter((c) => c.ord < card.ord).map((c) => c.noteId)).size;
  };
  return deck.cards.filter((c) => c.kind === kind).sort((a, b) => position(a) - position(b))[0];
}

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** Answers Good (by taps) until the wanted card is on screen. */
async function answerUntil(id: string) {
  const { page } = app;
  for (let i = 0; i < 80; i++) {
    await page.locator('article.card').waitFor();
    if ((await currentCardId(page)) === id) return;
    const before = await currentCardId(page);
    const command = page.locator('#command-input');
    if (await command.isVisible()) await page.getByRole('button', { name: 'Check' }).tap();
    else await page.getByRole('button', { name: /^(Show answer|Check)$/ }).tap();
    await page.getByRole('button', { name: /^Good\b/ }).tap();
    await page.waitForFunction((prev) => document.querySelector('article.card')?.getAttribute('data-card-id') !== prev, before);
  }
  throw new Error(`card ${id} never came up`);
}

describe('one card of every kind, answered in Chromium', () => {
  it.each(KINDS)('%s', async (kind) => {
    const { page } = app;
    const card = soonestOfKind(kind);
    await page.goto(`${app.baseUrl}/review?deck=kubernetes&topic=${card.topic}`);
    await answerUntil(card.id);
    const article = page.locator('article.card');

    switch (card.kind) {
      case 'command':
        await page.locator('#command-input').fill(card.answer);
        await page.getByRole('button', { name: 'Check' }).tap();
        await article.getByText('Exact match').waitFor();
        expect(await page.locator('.rate.suggested .rate-name').textContent()).toBe('Good');
        break;
      case 'manifest': {
        const blanks = blanksOf(card.yaml);
        for (const blank of blanks) await page.getByLabel(`Blank ${blank.index + 1}`, { exact: true }).fill(blank.answer);
        await page.getByRole('button', { name: 'Check' }).tap();
        await article.getByText(`${blanks.length} of ${blanks.length} blanks right`).waitFor();
        break;
      }
      case 'procedure': {
        const { steps } = card.content.en;
        for (const step of steps) await page.getByRole('button', { name: shown(step), exact: true }).tap();
        for (const [i, command] of card.commands.entries()) {
          if (command) await page.getByLabel(`Command for step ${i + 1}`, { exact: true }).fill(command.command);
        }
        await page.getByRole('button', { name: 'Check', exact: true }).tap();
        await article.getByText(`${steps.length} of ${steps.length} steps in order`).waitFor();
        expect(await page.locator('.rate.suggested .rate-name').textContent()).toBe('Good');
        break;
      }
      case 'diagnose': {
        const right = page.getByRole('radio', { name: shown(card.content.en.answer), exact: true });
        await article.locator('label.choice').filter({ has: right }).tap();
        if (card.fix) await page.getByLabel('Type the fix (a command)').fill(card.fix.command);
        await page.getByRole('button', { name: 'Check', exact: true }).tap();
        await article.getByText('Right cause').waitFor();
        expect(await page.locator('.rate.suggested .rate-name').textContent()).toBe('Good');
        break;
      }
      case 'cloze':
        expect(await article.locator('.cloze-blank').count()).toBe(1);
        await page.getByRole('button', { name: 'Show answer' }).tap();
        await article.locator('mark.cloze').first().waitFor();
        break;
      default:
        await page.getByRole('button', { name: 'Show answer' }).tap();
    }
    if (card.kind === 'component') await article.locator('svg.diagram .diagram-hit').first().waitFor();
    if (card.kind === 'object') expect(await article.locator('.facts dd code').first().textContent()).toBe(card.apiVersion);
    await page.getByRole('button', { name: /^Good\b/ }).tap();
    await page.waitForFunction((id) => document.querySelector('article.card')?.getAttribute('data-card-id') !== id, card.id);
  });
});

describe('notes and review lead to each other', () => {
  it('"Open in notes" lands on the card in its note', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/review?deck=kubernetes`);
    await page.locator('article.card').waitFor();
    const id = await currentCardId(page);
    const card = deck.cards.find((c) => c.id === id) as ReviewCard;
    if (await page.locator('#command-input').isVisible()) await page.getByRole('button', { name: 'Check' }).tap();
    else await page.getByRole('button', { name: /^(Show answer|Check)$/ }).tap();
    await page.getByRole('link', { name: 'Open in notes' }).tap();
    await page.waitForURL(`**/notes/${card.topic.replace('.', '-')}#${card.noteId}`);
    await expect.poll(() => page.locator(`[id="${card.noteId}"]`).isVisible()).toBe(true);
  });

  it('"Study this topic" starts a session with only that topic’s cards', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/notes/2-3`);
    await page.getByRole('link', { name: 'Study this topic' }).tap();
    await page.waitForURL('**/review?deck=kubernetes&topic=2.3');
    for (let i = 0; i < 3; i++) {
      await page.locator('article.card').waitFor();
      const id = await currentCardId(page);
      expect(deck.cards.find((c) => c.id === id)?.topic).toBe('2.3');
      if (await page.locator('#command-input').isVisible()) await page.getByRole('button', { name: 'Check' }).tap();
      else await page.getByRole('button', { name: /^(Show answer|Check)$/ }).tap();
      await page.getByRole('button', { name: /^Good\b/ }).tap();
      await page.waitForFunction((prev) => document.querySelector('article.card')?.getAttribute('data-card-id') !== prev, id);
    }
  });

  it('"Study by exam domain" starts a session with only that domain’s cards', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/notes`);
    await page.getByRole('link', { name: 'CKA · Troubleshooting' }).tap();
    await page.waitForURL('**/review?domain=cka-troubleshooting');
    await page.getByText('Studying one exam domain: CKA · Troubleshooting').waitFor();
    for (let i = 0; i < 3; i++) {
      await page.locator('article.card').waitFor();
      const id = await currentCardId(page);
      expect(deck.cards.find((c) => c.id === id)?.tags).toContain('cka-troubleshooting');
      if (await page.locator('#command-input').isVisible()) await page.getByRole('button', { name: 'Check' }).tap();
      else await page.getByRole('button', { name: /^(Show answer|Check)$/ }).tap();
      await page.getByRole('button', { name: /^Good\b/ }).tap();
      await page.waitForFunction((prev) => document.querySelector('article.card')?.getAttribute('data-card-id') !== prev, id);
    }
  });

  it('search finds a card in either language and links to it', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/notes`);
    await page.getByLabel('Search notes and cards').fill('控制平面');
    await page.locator('.hit-list a').first().waitFor();
    await page.getByLabel('Search notes and cards').fill('etcdutl snapshot restore');
    const first = page.locator('.hit-list a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/notes\/\d+-\d+/);
  });
});
