// Lighthouse 12 (mobile preset) against the exported app, median of N runs per route, in Debian's Chromium.
// Usage: node scripts/lighthouse.mjs [runs=3] [routes...]   (prints a table; used by npm run bench)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './serve.mjs';

export async function lighthouseScores(baseUrl, routes, runs) {
  const results = {};
  for (const route of routes) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const profile = mkdtempSync(join(tmpdir(), 'kubecards-lh-'));
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM_PATH,
        userDataDir: profile,
        chromeFlags: CHROMIUM_FLAGS,
      });
      try {
        const { lhr } = await lighthouse(`${baseUrl}${route}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        samples.push({
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
          cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        });
      } finally {
        await chrome.kill();
        rmSync(profile, { recursive: true, force: true });
      }
    }
    const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    results[route] = Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(key)]));
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [runs = '3', ...routes] = process.argv.slice(2);
  const server = await startServer('out', 0);
  const baseUrl = `http://localhost:${server.address().port}`;
  const results = await lighthouseScores(baseUrl, routes.length ? routes : ['/', '/review'], Number(runs));
  console.table(results);
  server.close();
}
