'use client';
import { useEffect } from 'react';
import { afterNextPaint } from './afterNextPaint';

// What can wait for the first screen: a first visit's service worker precaches the whole app (~450 files), and started
// while a screen still waits for its content (the review's first card: the deck's first cards, a database write) that
// download and its CPU compete with it. A screen whose content arrives after hydration holds it back until painted.
let holds = 0;
const waiting: (() => void)[] = [];

function hold(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds === 0) for (const done of waiting.splice(0)) done();
  };
}

/** Holds back what waits for the first screen while this screen is open and its content not yet painted. */
export function useFirstScreenHold(painted: boolean): void {
  useEffect(() => (painted ? undefined : hold()), [painted]);
}

/** Never later than this after the page's load: a screen that never draws its content still gets what waited. */
const LONGEST_HOLD_MS = 10_000;

/** Resolves once the page has loaded, its screens have rendered once and none holds back. */
export async function firstScreenDrawn(): Promise<void> {
  if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done, { once: true }));
  // A screen inside a Suspense boundary renders after the page's shell: its hold is taken by the next frame.
  await afterNextPaint();
  if (holds === 0) return;
  await new Promise<void>((done) => {
    waiting.push(done);
    setTimeout(done, LONGEST_HOLD_MS);
  });
}
