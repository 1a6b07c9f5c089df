import { enBrowse } from './enBrowse';
import { enCardActions } from './enCardActions';
import { enConflict } from './enConflict';
import { enDeck } from './enDeck';
import { enDeckConflict } from './enDeckConflict';
import { enDomains } from './enDomains';
import { enEditor } from './enEditor';
import { enExercise } from './enExercise';
import { enExport } from './enExport';
import { enFaces } from './enFaces';
import { enImport } from './enImport';
import { enKinds } from './enKinds';
import { enNotes } from './enNotes';
import { enNotices } from './enNotices';
import { enPersonalNote } from './enPersonalNote';
import { enPhone } from './enPhone';
import { enReminders } from './enReminders';
import { enReviewPrefs } from './enReviewPrefs';
import { enSettings } from './enSettings';
import { enStats } from './enStats';

/**
 * Every English string beyond the core (`en.ts`), by screen. Screens ship only their own parts (see
 * WithExtraStrings); this whole catalog is for the message-key type and the tests.
 */
export const enExtra = {
  ...enSettings,
  ...enImport,
  ...enBrowse,
  ...enStats,
  ...enNotes,
  ...enCardActions,
  ...enConflict,
  ...enDeck,
  ...enDeckConflict,
  ...enExport,
  ...enExercise,
  ...enKinds,
  ...enFaces,
  ...enDomains,
  ...enNotices,
  ...enPhone,
  ...enReviewPrefs,
  ...enEditor,
  ...enReminders,
  ...enPersonalNote,
} as const;
