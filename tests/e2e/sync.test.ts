import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CardRecord,
  type DeckRecord,
  logEventOf,
  type MediaRecord,
  type ReviewLogRecord,
  type ScheduleRecord,
  type SettingRecord,
} from '../../lib/db';
import { memoryStateOf } from '../../lib/model';
import { createScheduler, type SchedulerSettings } from '../../lib/srs';
import { replayLog } from '../../lib/sync';
// @ts-expect-error a plain .mjs script without types
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { axeViolations } from './axe';
import { type App, openApp, waitForServiceWorker } from './browser';
import { FIXTURES, HAVE_FIXTURES, NEEDS_FIXTURES } from './fixtures';
import { importThroughUi } from './importFlow';
import { readStore, revealAndRate, startStudying } from './reviewSteps';
import { signInOnSettings, syncedSince, syncNowOnSettings } from './syncSteps';

// Two Chromium profiles, "phone" and "laptop", each serving the app with pouchdb-server under /couchdb (same origin:
// the production CSP holds). Each test starts its own server and profiles: no test depends on another.

const ARTIFACTS = 'test-results/screenshots';
type Server = { url: string; user: string; password: string; stop(): Promise<void> };
let opened: { server: Server; phone: App; laptop: App } | null = null;

async function twoDevices() {
  const server: Server = await startSyncServer();
  process.env.COUCHDB_URL = server.url;
  opened = { server, phone: await openApp(), laptop: await openApp() };
  return opened;
}
afterEach(async () => {
  await opened?.phone.close();
  await opened?.laptop.close();
  await opened?.server.stop();
  opened = null;
  delete process.env.COUCHDB_URL;
});

async function signIn(app: App, server: Server, password = server.password) {
  await signInOnSettings(app.page, app.baseUrl, server.user, password);
}

/** "Sync now" on the Settings screen, and its round finished. */
async function syncNow(app: App) {
  await app.page.goto(`${app.baseUrl}/settings`);
  await syncNowOnSettings(app.page);
}

/** Signed in and synced while online, with the app cached for offline use. */
async function signedIn(app: App, server: Server) {
  await app.page.goto(`${app.baseUrl}/`);
  await waitForServiceWorker(app.page);
  const before = Date.now();
  await signIn(app, server);
  await syncedSince(app.page, before);
}

/** Both devices signed in, holding a deck of one note imported on the phone and synced to the laptop. */
async function bothHoldingOneNote() {
  const devices = await twoDevices();
  const { server, phone, laptop } = devices;
  await signedIn(phone, server);
  await signedIn(laptop, server);
  await importThroughUi(phone.page, phone.baseUrl, {
    name: 'Both.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('#separator:tab\nWhat runs pods?\tthe kubelet\n'),
  });
  await syncNow(phone);
  await syncNow(laptop);
  return devices;
}

/** Both offline, each makes its change (the phone first: the laptop's is the later), then both sync until each has the other's. */
async function changedOfflineOnBoth(phone: App, laptop: App, change: (app: App, device: 'phone' | 'laptop') => Promise<void>) {
  await phone.context.setOffline(true);
  await laptop.context.setOffline(true);
  await change(phone, 'phone');
  await change(laptop, 'laptop');
  await phone.context.setOffline(false);
  await laptop.context.setOffline(false);
  await syncNow(phone);
  await syncNow(laptop);
  await syncNow(phone);
}

const byKey = <T extends { key: string }>(rows: T[]) => Object.fromEntries(rows.map((row) => [row.key, row]));

describe('sync between a phone and a laptop', () => {
  it.runIf(HAVE_FIXTURES)(
    `answers, a setting and an imported deck with images made offline on both meet; a deck deleted on one goes from the other${NEEDS_FIXTURES}`,
    async () => {
      const { server, phone, laptop } = await twoDevices();
      // A wrong password: said in words, nothing sent.
      await laptop.page.goto(`${laptop.baseUrl}/`);
      await signIn(laptop, server, 'wrong password');
      await laptop.page.getByText('The server refused the user name or password').waitFor();
      await signedIn(phone, server);
      await signedIn(laptop, server);

      // Really offline: the browsers' network is cut.
      await phone.context.setOffline(true);
      await laptop.context.setOffline(true);
      await startStudying(phone.page, phone.baseUrl);
      await revealAndRate(phone.page, 'touch');
      await revealAndRate(phone.page, 'touch');
      // The laptop answers the same first card.
      await startStudying(laptop.page, laptop.baseUrl);
      await revealAndRate(laptop.page, 'keyboard');
      for (const [app, limit] of [
        [phone, '25'],
        [laptop, '30'],
      ] as const) {
        await app.page.goto(`${app.baseUrl}/settings`);
        await app.page.getByLabel('New cards per day').fill(limit);
        await app.page.getByRole('button', { name: 'Save study settings' }).click();
        await app.page.getByText('Study settings saved.').waitFor();
      }
      const summary = await importThroughUi(phone.page, phone.baseUrl, join(FIXTURES, 'apkg/ankireader-Amino_Acid_Flashcards.apkg'));
      expect(summary).toBe('20 added, 0 updated, 0 unchanged, 0 skipped');

      await phone.context.setOffline(false);
      await laptop.context.setOffline(false);
      await syncNow(phone);
      await syncNow(laptop);
      await syncNow(phone);

      const [phoneLog, laptopLog] = [
        await readStore<ReviewLogRecord>(phone.page, 'reviewLog'),
        await readStore<ReviewLogRecord>(laptop.page, 'reviewLog'),
      ];
      // Three answers (with the bury entries of the siblings each answer set aside).
      const answers = phoneLog.filter((row) => (row.kind ?? 'review') === 'review');
      expect(answers).toHaveLength(3);
      expect(phoneLog.map((row) => row.gid).sort()).toEqual(laptopLog.map((row) => row.gid).sort());
      const keys = [...new Set(answers.map((row) => row.cardKey))];
      expect(keys).toHaveLength(2);
      const memoryOf = async (page: Page) =>
        Object.fromEntries(
          (await readStore<ScheduleRecord>(page, 'schedule'))
            .filter((row) => keys.includes(row.key))
            .map((row) => [row.key, memoryStateOf(row)]),
        );
      const phoneMemory = await memoryOf(phone.page);
      expect(await memoryOf(laptop.page)).toEqual(phoneMemory);
      // ... and equal to a fresh replay of the merged log.
      const settings = byKey(await readStore<SettingRecord>(laptop.page, 'settings'));
      const known = settings.schedulerParams?.value as Record<string, SchedulerSettings>;
      const replay = replayLog(laptopLog.map(logEventOf), (id) => createScheduler(known[id]));
      for (const key of keys) expect(phoneMemory[key]).toEqual(replay.cards.get(key)?.memory);
      // The setting: the later write, the laptop's.
      for (const app of [phone, laptop])
        expect(byKey(await readStore<SettingRecord>(app.page, 'settings')).study?.value).toMatchObject({ newPerDay: 30 });

      // The deck, its cards and its images, on both.
      const importedOf = async (page: Page) => {
        const decks = (await readStore<DeckRecord>(page, 'decks')).filter((deck) => deck.source === 'import');
        const cards = (await readStore<CardRecord>(page, 'cards')).filter((card) => decks.some((deck) => deck.id === card.deckId));
        const media = (await readStore<MediaRecord>(page, 'media')).map((file) => [file.name, [...file.data].length]);
        return { decks: decks.map((deck) => [deck.id, deck.name.en]), cards: cards.map(({ ord: _ord, ...card }) => card), media };
      };
      const onPhone = await importedOf(phone.page);
      // 20 notes, several cards each.
      expect(new Set(onPhone.cards.map((card) => card.noteId)).size).toBe(20);
      expect(onPhone.media.length).toBeGreaterThan(0);
      expect(await importedOf(laptop.page)).toEqual(onPhone);
      const [deckId] = onPhone.decks[0] as [string, string];
      await laptop.page.goto(`${laptop.baseUrl}/`);
      const study = laptop.page.getByRole('link', { name: 'Study Classes::CBIO 3400::Amino Acids' });
      await laptop.page.goto(`${laptop.baseUrl}${await study.getAttribute('href')}`);
      const image = laptop.page.locator('article.card img').first();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

      // Deleted on the laptop: gone on the phone.
      await laptop.page.goto(`${laptop.baseUrl}/deck?id=${encodeURIComponent(deckId)}`);
      await laptop.page.getByRole('button', { name: 'Delete this deck' }).click();
      await laptop.page.getByRole('button', { name: 'Delete', exact: true }).click();
      await laptop.page.getByRole('heading', { name: 'Your decks' }).waitFor();
      await syncNow(laptop);
      await syncNow(phone);
      const left = await importedOf(phone.page);
      expect(left.decks).toEqual([]);
      expect(left.cards).toEqual([]);
      await phone.page.goto(`${phone.baseUrl}/`);
      await phone.page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
      expect(await phone.page.getByRole('link', { name: /Amino Acids/ }).count()).toBe(0);

      await phone.page.goto(`${phone.baseUrl}/settings`);
      expect(await axeViolations(phone.page)).toEqual([]);
      await phone.page.screenshot({ path: `${ARTIFACTS}/settings-sync.png`, fullPage: true });
    },
    420_000,
  );

  it('a note edited on both while offline: the later edit on both, the other shown on the card and picked', async () => {
    const { phone, laptop } = await bothHoldingOneNote();
    const [card] = (await readStore<CardRecord>(laptop.page, 'cards')).filter((row) => row.key.startsWith('import/'));
    const key = (card as CardRecord).key;

    await changedOfflineOnBoth(phone, laptop, async (app, device) => {
      const back = `${app.baseUrl}/`;
      await app.page.goto(`${app.baseUrl}/edit?key=${encodeURIComponent(key)}&back=${encodeURIComponent(back)}`);
      await app.page.getByRole('textbox', { name: 'Front', exact: true }).fill(`What runs pods? (${device})`);
      await app.page.getByRole('button', { name: 'Save' }).click();
      await app.page.getByRole('heading', { name: 'Your decks' }).waitFor();
    });

    for (const app of [phone, laptop]) {
      await app.page.goto(`${app.baseUrl}/card?key=${encodeURIComponent(key)}`);
      await app.page.locator('.card-screen > article.card').getByText('(laptop)').waitFor();
      const notice = app.page.getByTestId('note-conflict');
      await notice.getByRole('heading', { name: 'Edited on two devices' }).waitFor();
      await notice.getByText('(phone)').waitFor();
    }
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: `${ARTIFACTS}/note-conflict.png`, fullPage: true });
    await phone.page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.emulateMedia({ colorScheme: 'light' });

    // The phone's learner keeps the phone's version: it becomes the note on both, and the notice goes.
    await phone.page.getByRole('button', { name: 'Use the other version' }).click();
    await phone.page.getByTestId('note-conflict').waitFor({ state: 'detached' });
    await syncNow(phone);
    await syncNow(laptop);
    for (const app of [phone, laptop]) {
      await app.page.goto(`${app.baseUrl}/card?key=${encodeURIComponent(key)}`);
      await app.page.locator('.card-screen > article.card').getByText('(phone)').waitFor();
      expect(await app.page.getByTestId('note-conflict').count()).toBe(0);
    }
  }, 300_000);

  it('a deck renamed on both while offline: the later name on both, the other shown on its screen and home, picked', async () => {
    const { phone, laptop } = await bothHoldingOneNote();
    const [deck] = (await readStore<DeckRecord>(laptop.page, 'decks')).filter((row) => row.source === 'import');
    const deckPage = (app: App) => `${app.baseUrl}/deck?id=${encodeURIComponent((deck as DeckRecord).id)}`;

    // The phone first, the laptop later: the laptop's name is the later one.
    await changedOfflineOnBoth(phone, laptop, async (app, device) => {
      await app.page.goto(deckPage(app));
      await app.page.getByRole('textbox', { name: 'Name' }).fill(`Pods (${device})`);
      await app.page.getByRole('button', { name: 'Save' }).click();
      await app.page.getByRole('heading', { name: `Pods (${device})` }).waitFor();
    });

    const says = 'Renamed on two devices at once: kept «Pods (laptop)»; the other device named it «Pods (phone)»';
    for (const app of [phone, laptop]) {
      await app.page.goto(deckPage(app));
      await app.page.getByRole('heading', { name: 'Pods (laptop)' }).waitFor();
      await app.page.getByTestId('deck-conflict').getByText(says).waitFor();
      await app.page.goto(`${app.baseUrl}/`);
      await app.page.getByTestId('deck-conflict').getByText(says).waitFor();
    }
    for (const scheme of ['light', 'dark'] as const) {
      await phone.page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(phone.page)).toEqual([]);
    }
    await phone.page.emulateMedia({ colorScheme: 'light' });
    await phone.page.screenshot({ path: `${ARTIFACTS}/deck-conflict-home.png`, fullPage: true });
    await phone.page.goto(deckPage(phone));
    const use = phone.page.getByRole('button', { name: 'Use «Pods (phone)»' });
    await use.waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
    const box = await use.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);

    // Picked from the keyboard on the phone: its name becomes the deck's on both, and the notice goes.
    await use.focus();
    await phone.page.keyboard.press('Enter');
    await phone.page.getByTestId('deck-conflict').waitFor({ state: 'detached' });
    await syncNow(phone);
    await syncNow(laptop);
    for (const app of [phone, laptop]) {
      await app.page.goto(deckPage(app));
      await app.page.getByRole('heading', { name: 'Pods (phone)' }).waitFor();
      expect(await app.page.getByTestId('deck-conflict').count()).toBe(0);
    }
  }, 300_000);
});
