import { CARD_FONT_BOOT_SCRIPT } from './reviewPrefs';

export const THEME_KEY = 'kubecards.theme';

/** Applies the saved theme before the first paint, so a chosen theme never flashes the other one. */
const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * The inline script of every page's <head>: the saved theme and card text size, before hydration. It lives in a plain
 * module: a constant imported into the (server) layout from a 'use client' module arrives as a client reference, and
 * the page then ran `function(){throw Error("Attempted to call THEME_BOOT_SCRIPT()…` — the saved theme was never applied.
 */
export const BOOT_SCRIPT = THEME_BOOT_SCRIPT + CARD_FONT_BOOT_SCRIPT;
