/**
 * Content sync figures, in Node (fake-indexeddb) against pouchdb-server: a device pushes NOTES imported notes (one card
 * each) showing MEDIA image files, a fresh device pulls them all, then 50 edited notes go across. Node's IndexedDB is
 * not a browser's: compare runs of this script with each other, not with the Chromium bench.
 * Run: `npx tsx scripts/bench/contentSync.mts` (NOTES=5000 MEDIA=50 by default).
 */
import 'fake-indexeddb/auto';
import { openDb, writeImport } from '../../lib/db';
import { applyBulkAction } from '../../lib/db/bulkActions';
import { syncOnce } from '../../lib/db/syncOnce';
import { couchRemote } from '../../lib/hooks/sync/couchRemote';
import { both, type ParsedDeck } from '../../lib/import';
// @ts-expect-error a plain .mjs script without types
import { startSyncServer } from '../sync-server.mjs';

const NOTES = Number(process.env.NOTES ?? 5000);
const MEDIA = Number(process.env.MEDIA ?? 50);
const now = Date.UTC(2026, 11, 1);

const server = await startSyncServer();
const auth = `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;
const remote = couchRemote(server.url, server.user, (url, init) =>
  fetch(url, { ...init, credentials: undefined, headers: { ...(init.headers as Record<string, string>), Authorization: auth } }),
);
const media = new Map(Array.from({ length: MEDIA }, (_, i) => [`img-${i}.png`, new Uint8Array(20_000).fill(i)]));
const deck: ParsedDeck = {
  name: 'Bench',
  format: 'csv',
  media,
  problems: [],
  notes: Array.from({ length: NOTES }, (_, i) => ({
    guid: `n${i}`,
    deck: '',
    tags: [],
    origin: `line ${i + 1}`,
    cards: [{ kind: 'basic', facet: 'card', content: both({ front: `Q ${i} <img src="img-${i % MEDIA}.png">`, back: `A ${i}` }) }],
  })),
};
const time = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return Math.round(performance.now() - start);
};

const phone = openDb('bench-phone');
const laptop = openDb('bench-laptop');
const figures = {
  notes: NOTES,
  media: MEDIA,
  importMs: await time(() => writeImport(phone, deck, { now, fileName: 'bench.csv' })),
  pushAllMs: await time(() => syncOnce(phone, remote)),
  freshPullMs: await time(() => syncOnce(laptop, remote)),
  pulledCards: await laptop.cards.count(),
  pulledMedia: await laptop.media.count(),
  edit50PushMs: 0,
  edit50PullMs: 0,
};
const keys = Array.from({ length: 50 }, (_, i) => `import/n${i}#card`);
await applyBulkAction(phone, keys, { type: 'addTag', tag: 'edited' }, now + 1);
figures.edit50PushMs = await time(() => syncOnce(phone, remote));
figures.edit50PullMs = await time(() => syncOnce(laptop, remote));
console.log(JSON.stringify(figures, null, 1));
phone.close();
laptop.close();
await server.stop();
