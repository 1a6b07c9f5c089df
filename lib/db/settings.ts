import type { ReminderSettings } from '../pwa/reminders';
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
}

export async function getSetting<K extends keyof Settings>(db: KubecardsDb, key: K): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function setSetting<K extends keyof Settings>(db: KubecardsDb, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
