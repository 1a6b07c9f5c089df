// Whether this device set up sync, as a device-local flag that every page can read at start without opening the
// database or loading the engine: a learner without sync never downloads it (lib/sync/README.md, "Starting").

const SET_UP_KEY = 'kubecards.sync';

/** This device has a sync account (as the engine last saw it). */
export function syncSetUp(): boolean {
  try {
    return localStorage.getItem(SET_UP_KEY) === '1';
  } catch {
    return false;
  }
}

/** Keeps the flag in step with the account (set up, signed out, or gone with a restore). */
export function markSyncSetUp(on: boolean): void {
  try {
    if (on) localStorage.setItem(SET_UP_KEY, '1');
    else localStorage.removeItem(SET_UP_KEY);
  } catch {
    // Storage refused (private mode): the engine then starts from Settings or after an answer only.
  }
}
