import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewLogRecord, ScheduleRecord } from '../../lib/db';
import { isAnswer } from '../../lib/db/records';
import { type MemoryState, memoryStateOf } from '../../lib/model';
import { createScheduler } from '../../lib/srs';
// @ts-expect-error: plain ES module script, shared with `npm start`
import { startServer } from '../../scripts/serve.mjs';
import { type KillableBrowser, launchKillable, releaseProfile } from './killableBrowser';
import { currentCardId, readStore, reveal, revealAndRate, startStudying } from './reviewSteps';

let server: Server;
let running: KillableBrowser | null = null;
let baseUrl: string;
const profile = mkdtempSync(join(tmpdir(), 'kubecards-crash-'));
beforeAll(async () => {
  server = await startServer('out', 0);
  baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await running?.kill();
  await new Promise((done) => server.close(done));
  rmSync(profile, { recursive: true, force: true });
});

describe('a browser killed in the middle of a review session', () => {
  it('keeps every answer whose next card was shown, and every card agrees with its replayed log', async () => {
    const first = await launchKillable(profile);
    running = first;
    await startStudying(first.page, baseUrl);
    const answered: string[] = [];
    for (let i = 0; i < 12; i++) answered.push(await revealAndRate(first.page, 'keyboard'));
    // Reveal one more card and leave it unanswered, then kill Chromium with no chance to flush or unload.
    await first.page.keyboard.press('Space');
    await first.kill();
    running = null;
    releaseProfile(profile);

    const second = await launchKillable(profile);
    running = second;
    await second.page.goto(`${baseUrl}/`);
    const log = await readStore<ReviewLogRecord>(second.page, 'reviewLog');
    const schedule = await readStore<ScheduleRecord>(second.page, 'schedule');
    await second.kill();
    running = null;

    // The answers (the log also holds the bury entries of siblings they set aside).
    expect(log.filter(isAnswer).map((row) => row.cardKey.replace(/^kubernetes\//, ''))).toEqual(answered);
    // Replaying each card's answers through the scheduler from its first `before` gives the stored state exactly.
    const scheduler = createScheduler();
    const byCard = new Map<string, ReviewLogRecord[]>();
    for (const row of log) byCard.set(row.cardKey, [...(byCard.get(row.cardKey) ?? []), row]);
    for (const [key, rows] of byCard) {
      let state = memoryStateOf(rows[0]?.before as MemoryState);
      expect(state.reps).toBe(0);
      for (const row of rows.filter(isAnswer)) {
        expect(memoryStateOf(row.before)).toEqual(state);
        state = scheduler.grade(state, row.review, row.rating);
      }
      const stored = schedule.find((s) => s.key === key) as ScheduleRecord;
      expect(memoryStateOf(stored)).toEqual(state);
      expect(stored.version).toBe(rows.at(-1)?.version);
    }
    // And no card outside the log was touched.
    const untouched = schedule.filter((s) => !byCard.has(s.key));
    expect(untouched.length).toBe(schedule.length - byCard.size);
    expect(untouched.filter((s) => s.reps !== 0 || s.lastReview !== null)).toEqual([]);
  });

  it('right after a grade (the write still on its way): the answer is logged once or not at all, and if not, its card comes back', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'kubecards-crash-'));
    const first = await launchKillable(fresh);
    running = first;
    await startStudying(first.page, baseUrl);
    const card = await currentCardId(first.page);
    await reveal(first.page, 'keyboard');
    await first.page.keyboard.press('3');
    await first.kill();
    running = null;
    releaseProfile(fresh);

    const second = await launchKillable(fresh);
    running = second;
    await startStudying(second.page, baseUrl);
    const log = await readStore<ReviewLogRecord>(second.page, 'reviewLog');
    const logged = log.filter((row) => row.cardKey === `kubernetes/${card}`).length;
    expect(logged).toBeLessThanOrEqual(1);
    if (logged === 0) expect(await currentCardId(second.page)).toBe(card);
    else expect(await currentCardId(second.page)).not.toBe(card);
    await second.kill();
    running = null;
    rmSync(fresh, { recursive: true, force: true });
  });
});
