// Renders the SVG icons to the PNG sizes the web app manifest needs, with Debian's Chromium.
// Run by hand after editing public/icons/*.svg: npx tsx scripts/icons.mts (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
const renders: [svg: string, size: number, out: string][] = [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['maskable.svg', 512, 'maskable-512.png'],
  ['icon.svg', 180, 'apple-touch-icon.png'],
];
for (const [svg, size, out] of renders) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = readFileSync(`public/icons/${svg}`, 'utf8');
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
  );
  await page.screenshot({ path: `public/icons/${out}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('public/icons: PNGs rendered');
