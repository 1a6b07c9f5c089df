// Debian's Chromium, as the tests, the benchmark and Lighthouse start it: headless, and silent on this closed network
// (without the background-networking flags it keeps trying to reach Google's hosts).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
