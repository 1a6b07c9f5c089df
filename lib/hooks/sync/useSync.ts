'use client';
import { useSyncExternalStore } from 'react';
import { getSetting, setSetting } from '../../db';
import { restartSync } from '../../db/syncProgress';
import { pendingEntries } from '../../db/syncStatus';
import { getDb } from '../db';
import { useLiveQuery } from '../liveQuery';
import { command } from '../writeCommand';
import { SyncHttpError, signIn, signOut } from './couchRemote';
import { markSyncSetUp } from './syncFlag';
import { isSyncing, subscribeSyncing } from './syncing';

/** The engine, loaded only once there is an account (it brings the scheduler and the replay along). */
const agent = () => import('./agent');

/** One sync round now. */
export const syncNow = () => agent().then((engine) => engine.syncNow());

export interface SyncView {
  account: { server: string; user: string } | null;
  lastSyncedAt: number | null;
  lastError: { status: number; message: string } | null;
  /** This device's entries the server does not have yet. */
  pending: number;
  syncing: boolean;
}

/** The Settings → Sync section's view, live. */
export function useSync(): SyncView | undefined {
  const syncing = useSyncExternalStore(subscribeSyncing, isSyncing, () => false);
  const stored = useLiveQuery(async () => {
    const db = getDb();
    const account = (await getSetting(db, 'syncAccount')) ?? null;
    // An engine that cannot load now (offline before it was cached) is tried again when the settings change.
    if (account)
      agent().then(
        (engine) => engine.startSyncAgent(),
        () => undefined,
      );
    const status = (await getSetting(db, 'syncStatus')) ?? { lastSyncedAt: null, lastError: null };
    return { account, ...status, pending: await pendingEntries(db) };
  }, []);
  return stored && { ...stored, syncing };
}

/** Signs in (the password goes to the server only) and syncs; the server's refusal comes back in its own words. */
export async function signInToSync(server: string, user: string, password: string): Promise<{ status: number; message: string } | null> {
  try {
    await signIn(server, user, password);
  } catch (error) {
    return { status: error instanceof SyncHttpError ? error.status : -1, message: error instanceof Error ? error.message : String(error) };
  }
  await saveAccount(server, user);
  const engine = await agent();
  engine.startSyncAgent();
  await engine.syncNow();
  return null;
}

const saveAccount = command(async (server: string, user: string) => {
  const db = getDb();
  // Another server or account has its own history: start from its beginning (pushing again and pulling again are
  // harmless: the server keeps one copy of each document, and this device one row per entry).
  await db.transaction('rw', db.settings, db.reviewLog, async () => {
    await restartSync(db);
    await setSetting(db, 'syncAccount', { server, user });
    await setSetting(db, 'syncStatus', { lastSyncedAt: null, lastError: null });
  });
  markSyncSetUp(true);
});

/** Ends the session and forgets the account here; what was synced stays on this device. */
export const signOutOfSync = command(async () => {
  const db = getDb();
  const account = await getSetting(db, 'syncAccount');
  if (account) await signOut(account.server).catch(() => undefined);
  await db.settings.bulkDelete(['syncAccount', 'syncStatus']);
  markSyncSetUp(false);
});
