import { createWriteStream } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

// Large backup files for the streaming restore (e2e and the bench), written as the app writes them, and the peak JS
// heaps of the page and its workers while one is restored.

const DAY = 86_400_000;
export const CARDS = 2_000;
export const ANSWERS_PER_CARD = 10;
/** Bytes of each generated media file: ~14 MB as base64. */
export const MEDIA_BYTES = 10 * 2 ** 20;

/** A backup as the app writes it, part by part: `media` files of MEDIA_BYTES, then any `extraMedia` entries. */
export async function writeBackupFile(path: string, media: number, extraMedia: string[] = []) {
  const out = createWriteStream(path);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((done) => out.once('drain', () => done())));
  const now = Date.UTC(2026, 11, 1);
  const rows = function* () {
    yield `{"format":"kubecards-backup","version":1,"createdAt":${now},"decks":[`;
    yield JSON.stringify({ id: 'big', name: { en: 'Big', zh: 'Big' }, source: 'import', hash: '', updatedAt: now });
    const memory = (i: number) => ({
      due: now + (i % 30) * DAY,
      stability: 10,
      difficulty: 5,
      elapsedDays: 3,
      scheduledDays: 10,
      learningSteps: 0,
      reps: ANSWERS_PER_CARD,
      lapses: 0,
      state: 2,
      lastReview: now - DAY,
    });
    yield '],"cards":[';
    for (let i = 0; i < CARDS; i++) {
      const card = {
        key: `import:c${i}`,
        deckId: 'big',
        id: `c${i}`,
        noteId: `c${i}`,
        ord: i,
        topic: '',
        kind: 'basic',
        tags: [],
        content: { en: { front: `Question ${i}`, back: `Answer ${i}` }, zh: { front: `问题 ${i}`, back: `答案 ${i}` } },
        source: { en: { path: 'big', line: i }, zh: { path: 'big', line: i } },
        sources: [],
        retired: 0,
      };
      yield (i ? ',' : '') + JSON.stringify(card);
    }
    yield '],"schedule":[';
    for (let i = 0; i < CARDS; i++) {
      const row = {
        key: `import:c${i}`,
        deckId: 'big',
        noteId: `c${i}`,
        topic: '',
        ord: i,
        active: 1,
        version: ANSWERS_PER_CARD,
        ...memory(i),
      };
      yield (i ? ',' : '') + JSON.stringify(row);
    }
    yield '],"reviewLog":[';
    for (let i = 0; i < CARDS * ANSWERS_PER_CARD; i++) {
      const card = Math.floor(i / ANSWERS_PER_CARD);
      const review = now - (ANSWERS_PER_CARD - (i % ANSWERS_PER_CARD)) * 7 * DAY;
      const row = {
        cardKey: `import:c${card}`,
        deckId: 'big',
        noteId: `c${card}`,
        rating: 3,
        review,
        durationMs: 4000,
        before: memory(card),
        version: (i % ANSWERS_PER_CARD) + 1,
        day: new Date(review).toISOString().slice(0, 10),
      };
      yield (i ? ',' : '') + JSON.stringify(row);
    }
    yield '],"settings":[],"media":[';
  };
  for (const part of rows()) await write(part);
  const bytes = Buffer.alloc(MEDIA_BYTES);
  for (let i = 0; i < media; i++) {
    for (let at = 0; at < MEDIA_BYTES; at += 4) bytes.writeUInt32LE((at * 2654435761 + i) >>> 0, at);
    await write(`${i ? ',' : ''}{"name":"clip-${i}.bin","base64":"${bytes.toString('base64')}"}`);
  }
  for (const [i, entry] of extraMedia.entries()) await write((media + i ? ',' : '') + entry);
  await write(']}');
  await new Promise((done) => out.end(done));
}

/**
 * The peak JS heap of the page and of every dedicated worker it starts, sampled while `work` runs (Chrome DevTools
 * Protocol: Runtime.getHeapUsage of each target).
 */
export async function peakHeaps(cdp: CDPSession, work: () => Promise<void>): Promise<{ pageMb: number; workerMb: number }> {
  const workers = new Set<string>();
  const replies = new Map<number, (usage: number) => void>();
  let id = 0;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.add(sessionId);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => workers.delete(sessionId ?? ''));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id: number; result?: { usedSize: number } };
    replies.get(reply.id)?.(reply.result?.usedSize ?? 0);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const workerHeap = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const ask = ++id;
      replies.set(ask, resolve);
      void cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ask, method: 'Runtime.getHeapUsage' }) })
        .catch(() => resolve(0));
    });
  let page = 0;
  let worker = 0;
  let running = true;
  const sampling = (async () => {
    while (running) {
      const [usage, ...inWorkers] = await Promise.all([
        cdp.send('Runtime.getHeapUsage').then((u) => u.usedSize),
        ...[...workers].map(workerHeap),
      ]);
      page = Math.max(page, usage ?? 0);
      worker = Math.max(worker, ...inWorkers);
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  try {
    await work();
  } finally {
    running = false;
    await sampling;
  }
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return { pageMb: mb(page), workerMb: mb(worker) };
}

/** Restores a backup file through the settings screen (which must be open): chooses it and confirms. */
export async function chooseBackup(page: Page, path: string): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('input[type=file][accept^=".json"]').setInputFiles(path);
}
