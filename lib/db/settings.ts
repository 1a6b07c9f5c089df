import type { ReminderSettings } from '../pwa/reminders';
import type { SchedulerSettings } from '../srs';
import type { DeckPresets, StudySettings } from '../srs/studySettings';
import type { KubecardsDb } from './schema';

/** Known settings and their types: one place, so a stored value is never read as something else. */
export interface Settings {
  lastBackupAt: number;
  /** Stored as typed; always read through validateStudySettings. */
  study: Partial<StudySettings>;
  /** Named study presets and the decks using them; always read through readDeckPresets (or deckStudySettings). */
  deckPresets: DeckPresets;
  /** App badge, daily notification and calendar reminder; always read through readReminderSettings. */
  reminders: ReminderSettings;
  /** Which copy of the data is stored (see dataGeneration.ts). */
  dataGeneration: number;
  /** This device's id in global log ids (schema 4); never taken from a backup made elsewhere. */
  deviceId: string;
  /** Every scheduler settings set an answer was graded with, by id (`paramsIdOf`): log rows name them. */
  schedulerParams: Record<string, SchedulerSettings>;
  /** Sync: the remote change sequence pulled up to; this device's log rows pushed up to (local id); the write times of
   * the synced settings last pushed. */
  syncCheckpoint: string | number;
  syncPushedUpTo: number;
  /** The local id a push under way takes rows up to (an undo of such a row cannot delete it any more). */
  syncPushingUpTo: number;
  /** Rows up to this local id are pushed whatever device made them (a sync that started over: syncProgress.ts). */
  syncPushAllUpTo: number;
  syncSettingsPushed: Record<string, number>;
  /** Every imported note and deck of this device was marked for the push to this account (lib/db/syncContentPush.ts). */
  syncContentMarked: boolean;
  /** Every log row has a global id (`stampOlderLog` ran; new rows get theirs as they are written). */
  syncLogStamped: boolean;
  /** The sync account of this device (never its password: the server's session cookie signs the requests). */
  syncAccount: { server: string; user: string };
  /** The last sync that went through, and the last that failed (in the error's own words), for the Settings screen. */
  /** Sync: decks whose search text a pull changed, rebuilt once after it (syncContentApply.ts). */
  syncStaleSearchText: string[];
  /** Sync: cards whose log a pull changed, waiting for their rebuild (syncRebuild.ts), one list per pulled batch. */
  [waiting: `syncRebuild:${string}`]: string[];
  syncStatus: { lastSyncedAt: number | null; lastError: { status: number; message: string } | null };
}

export async function getSetting<K extends keyof Settings>(db: KubecardsDb, key: K): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

/** `at`: the time of a learner's change to a synced setting (the last one wins across devices). */
export async function setSetting<K extends keyof Settings>(db: KubecardsDb, key: K, value: Settings[K], at?: number): Promise<void> {
  await db.settings.put(at === undefined ? { key, value } : { key, value, at });
}
