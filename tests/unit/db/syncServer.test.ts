import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, type ScheduleRecord, syncDeck } from '../../../lib/db';
import { syncOnce } from '../../../lib/db/syncOnce';
import { couchRemote, type Fetch, SyncHttpError, signIn } from '../../../lib/hooks/sync/couchRemote';
import { memoryStateOf } from '../../../lib/model';
import { createScheduler } from '../../../lib/srs';
// @ts-expect-error a plain .mjs script without types
import { startSyncServer } from '../../../scripts/sync-server.mjs';
import { artifact, basicCard, freshName } from './helpers';

// The same sync as syncConverge.test.ts, through a real CouchDB-protocol server (pouchdb-server) with a learner account.

interface SyncServer {
  url: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}
let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
}, 60_000);
afterAll(() => server?.stop());

/** A fetch with a cookie jar, as a browser has. */
function browserLikeFetch(): Fetch {
  let cookie = '';
  return async (url, init) => {
    const response = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] as string;
    return response;
  };
}

const start = Date.UTC(2026, 5, 10, 12);
const keys = ['a', 'b'].map((id) => cardKey('k8s', id));
async function device(): Promise<KubecardsDb> {
  const db = openDb(freshName());
  await syncDeck(db, artifact(['a', 'b'].map((id, i) => basicCard(id, i))), start);
  return db;
}

describe('sync through pouchdb-server', () => {
  it('signs in, and two devices converge through the learner database', async () => {
    const [phone, laptop] = [await device(), await device()];
    const [phoneFetch, laptopFetch] = [browserLikeFetch(), browserLikeFetch()];
    await signIn(server.url, server.user, server.password, phoneFetch);
    await signIn(server.url, server.user, server.password, laptopFetch);
    const scheduler = createScheduler();
    const answer = async (db: KubecardsDb, key: string, at: number) => {
      const row = (await db.schedule.get(key)) as ScheduleRecord;
      await answerCard(db, scheduler, { cardKey: key, shownVersion: row.version, rating: 3, now: at, durationMs: 1 });
    };
    await answer(phone, keys[0] as string, start);
    await answer(laptop, keys[0] as string, start + 60_000);
    await answer(laptop, keys[1] as string, start + 120_000);
    await syncOnce(phone, couchRemote(server.url, server.user, phoneFetch));
    await syncOnce(laptop, couchRemote(server.url, server.user, laptopFetch));
    await syncOnce(phone, couchRemote(server.url, server.user, phoneFetch));
    for (const db of [phone, laptop]) expect(await db.reviewLog.count()).toBe(3);
    const schedules = async (db: KubecardsDb) => (await db.schedule.bulkGet(keys)).map((row) => memoryStateOf(row as ScheduleRecord));
    expect(await schedules(phone)).toEqual(await schedules(laptop));
    phone.close();
    laptop.close();
  });

  it('refuses a wrong password with the server reason, and a request without a session, touching nothing', async () => {
    const error = await signIn(server.url, server.user, 'wrong', browserLikeFetch()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncHttpError);
    expect(error).toMatchObject({ status: 401, message: 'Name or password is incorrect.' });
    const db = await device();
    const row = (await db.schedule.get(keys[0] as string)) as ScheduleRecord;
    await answerCard(db, createScheduler(), { cardKey: row.key, shownVersion: 0, rating: 3, now: start, durationMs: 1 });
    // No session (expired, or never signed in): the push is refused and nothing is recorded as pushed.
    await expect(syncOnce(db, couchRemote(server.url, server.user, browserLikeFetch()))).rejects.toMatchObject({ status: 401 });
    expect((await db.settings.get('syncPushedUpTo'))?.value).toBeUndefined();
    db.close();
  });
});
