/**
 * Starts the app badge where the browser has one (installed Chromium; Safari for Home Screen apps): its code, and the
 * counting, load only there and never with the review screen's first card.
 */
export function startAppBadge(): void {
  if (typeof navigator !== 'undefined' && 'setAppBadge' in navigator) void import('./appBadge').then((m) => m.keepAppBadgeCurrent());
}
