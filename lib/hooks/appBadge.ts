'use client';
import Dexie from 'dexie';
import { dueToday } from '../pwa/dueCount';
import { localStudyDay } from '../srs/localStudyDay';
import { getDb } from './db';

type BadgeNavigator = Navigator & { setAppBadge(n: number): Promise<void>; clearAppBadge(): Promise<void> };

/** The Badging API, where the browser has it (installed Chromium, Safari on iOS 16.4+ for Home Screen apps). */
export const hasAppBadge = (): boolean => typeof navigator !== 'undefined' && 'setAppBadge' in navigator;

/** Sets the app icon's badge to the cards due today (or clears it: none due, or the learner turned it off). */
export async function refreshAppBadge(now = Date.now()): Promise<number | null> {
  if (!hasAppBadge()) return null;
  const db = getDb();
  await db.open();
  // The device's own day without Intl: the home screen counts the badge as it opens (see localStudyDay).
  const { due, reminders } = await dueToday(db.backendDB(), (rolloverHour) => localStudyDay(now, rolloverHour));
  const badge = navigator as BadgeNavigator;
  const shown = reminders.badge ? due : 0;
  await (shown > 0 ? badge.setAppBadge(shown) : badge.clearAppBadge());
  return shown;
}

/** How long after a write the badge is counted again: answers come in bursts. */
const SETTLE_MS = 1000;

let started = false;

/**
 * Keeps the badge current on this page from now on: counted now, and after every change to the data (an answer here or
 * in another tab, a setting). Started by the home screen and by the first answer (see startAppBadge), once a page.
 */
export function keepAppBadgeCurrent(): void {
  if (started || !hasAppBadge()) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Best effort: a badge that cannot be counted (the database closed by an update in another tab) stays as it was.
  const refresh = () => void refreshAppBadge().catch(() => undefined);
  Dexie.on('storagemutated', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
  });
  refresh();
}
