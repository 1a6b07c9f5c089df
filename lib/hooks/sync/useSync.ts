'use client';
import { useEffect, useSyncExternalStore } from 'react';
import { getSetting, setSetting } from '../../db';
import { restartSync } from '../../db/syncProgress';
import { pendingContent, pendingEntries } from '../../db/syncStatus';
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
  /** This device's answers, notes and decks the server does not have yet. */
  pending: number;
  syncing: boolean;
}

/** The Settings → Sync section's view, live. */
export function useSync(): SyncView | undefined {
  const syncing = useSyncExternalStore(subscribeSyncing, isSyncing, () => false);
  const stored = useLiveQuery(async () => {
    const db = getDb();
    const account = (await getSetting(db, 'syncAccount')) ?? null;
    const status = (await getSetting(db, 'syncStatus')) ?? { lastSyncedAt: null, lastError: null };
    return { account, ...status, pending: (await pendingEntries(db)) + (await pendingContent(db)) };
  }, []);
  // Started from an effect, not inside the live query: a round started there would run in its read-only context
  // ("Readwrite transaction in liveQuery context": opening Settings on a device with an account never synced). An
  // engine that cannot load now (offline before it was cached) is tried again when the settings change.
  useEffect(() => {
    if (stored?.account)
      agent().then(
        (engine) => engine.startSyncAgent(),
        () => undefined,
      );
  }, [stored]);
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
  await db.transaction('rw', db.settings, db.reviewLog, async () => {
    const before = await getSetting(db, 'syncAccount');
    // Another server or account has its own history: start from its beginning (pushing again and pulling again are
    // harmless: the server keeps one copy of each document, and this device one row per entry). The same account
    // signing in again (its session ended) takes up where it left off.
    const same = before?.server === server && before.user === user;
    if (!same) await restartSync(db);
    const lastSyncedAt = same ? ((await getSetting(db, 'syncStatus'))?.lastSyncedAt ?? null) : null;
    await setSetting(db, 'syncAccount', { server, user });
    await setSetting(db, 'syncStatus', { lastSyncedAt, lastError: null });
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
