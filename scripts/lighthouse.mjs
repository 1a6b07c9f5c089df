// Lighthouse 12 (mobile preset) against the exported app, median of N runs per route, in Debian's Chromium.
// Besides the scores it reports what a busy or slow machine changes: Lighthouse's benchmarkIndex, TBT, the main
// thread's CPU time (thread clock, which a busy machine inflates far less than wall time), and where the main thread's
// time went (the mainthread-work-breakdown groups and the scripts of bootup-time), so two figures can be compared
// across machines. LIGHTHOUSE_SAVE=<dir> keeps each run's report JSON and trace (open the trace in DevTools).
// Usage: node scripts/lighthouse.mjs [runs=3] [routes...]   (prints tables; used by npm run bench)
// LIGHTHOUSE_DIR=<dir> serves another export; LIGHTHOUSE_THROTTLING=devtools throttles the real load (see runOnce).
// LIGHTHOUSE_LCP_GRAPH=1 prints, per run, what Lantern's simulated LCP is made of (see printLcpGraph).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './serve.mjs';

const TOP_ITEMS = 5;
/** Simulated throttling (Lighthouse's default) or applied to the real load ('devtools'). */
const THROTTLING = process.env.LIGHTHOUSE_THROTTLING ?? 'simulate';
/** Lighthouse's mobile preset slows the CPU down this much; applied, the trace's CPU times are already slowed down. */
const CPU_SLOWDOWN = THROTTLING === 'devtools' ? 1 : 4;
/** A run whose trace failed (Lighthouse's NO_NAVSTART on a busy machine: "run again") is run again, this often. */
const ATTEMPTS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run of one route, in a fresh profile (a first visit); again when Lighthouse says its trace failed. */
async function runLighthouse(url, saveAs) {
  for (let attempt = 1; ; attempt++) {
    const lhr = await runOnce(url, saveAs);
    if (!lhr.runtimeError) return lhr;
    if (attempt === ATTEMPTS) throw new Error(`Lighthouse on ${url} failed ${ATTEMPTS} times: ${lhr.runtimeError.message}`);
    console.warn(`Lighthouse on ${url}: ${lhr.runtimeError.code}, running again`);
  }
}

async function runOnce(url, saveAs) {
  const profile = mkdtempSync(join(tmpdir(), 'kubecards-lh-'));
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, userDataDir: profile, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      // 'devtools' applies the same RTT, bandwidth and CPU slowdown to the real load instead of simulating them:
      // Lantern's simulation leaves out a worker's own requests (the sync worker's first cards).
      throttlingMethod: THROTTLING,
    });
    if (saveAs) {
      writeFileSync(`${saveAs}.report.json`, result.report);
      writeFileSync(`${saveAs}.trace.json`, JSON.stringify(result.artifacts.Trace));
    }
    if (process.env.LIGHTHOUSE_LCP_GRAPH) await printLcpGraph(result.artifacts, result.lhr);
    return { ...result.lhr, ...mainThreadCpu(result.artifacts.Trace.traceEvents) };
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The page's main-thread CPU time over the load, unthrottled: the tasks' thread-clock durations (`tdur`) from the
 * trace. Lighthouse's figures are wall time, which other processes on a busy machine inflate; this one far less. And
 * the TBT those CPU times would make under Lighthouse's 4x throttle (each task from the first paint on, times 4, less
 * 50 ms): what TBT would be if no other thread or process took the CPU from the page. On 2 cores even the page's own
 * worker and the browser's processes do: a task of 3 ms CPU then takes 40 ms of wall time, and Lighthouse counts 160.
 */
function mainThreadCpu(events) {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  if (!start) return { mainThreadCpuMs: null, tbtCpuMs: null };
  const main = events.find((e) => e.name === 'thread_name' && e.pid === start.pid && e.args.name === 'CrRendererMain');
  const tid = main?.tid ?? start.tid;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === start.pid && e.tid === tid && e.ts >= start.ts);
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === start.pid)?.ts ?? start.ts;
  const blocking = tasks.filter((e) => e.ts >= paint).reduce((sum, e) => sum + Math.max(0, CPU_SLOWDOWN * cpu(e) - 50), 0);
  return { mainThreadCpuMs: Math.round(tasks.reduce((sum, e) => sum + cpu(e), 0)), tbtCpuMs: Math.round(blocking) };
}

/**
 * The nodes of Lantern's pessimistic LCP graph (half of the simulated LCP; the optimistic graph is a subset) in their
 * simulated order: each request that ended before the observed LCP (a worker's own requests are left out) and each
 * main-thread task that evaluated one of those scripts or did a layout, at 4x its wall time. A request or task that
 * ends last is what the simulated LCP waits for; one that starts after the observed LCP is not in it at all.
 */
async function printLcpGraph(artifacts, lhr) {
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings: lhr.configSettings,
    simulator: null,
    URL: artifacts.URL,
  };
  const lcp = await LanternLargestContentfulPaint.request(data, { computedCache: new Map() });
  const graph = lcp.pessimisticGraph;
  const observed = (node) => Math.round((node.startTime - graph.startTime) / 1000);
  console.log(
    `${lhr.finalDisplayedUrl}: simulated LCP ${Math.round(lcp.timing)} ms (optimistic ${Math.round(lcp.optimisticEstimate.timeInMs)}, pessimistic ${Math.round(lcp.pessimisticEstimate.timeInMs)})`,
  );
  const rows = [...lcp.pessimisticEstimate.nodeTimings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
  console.table(
    rows.map(([node, t]) => ({
      simulatedStart: Math.round(t.startTime),
      simulatedEnd: Math.round(t.endTime),
      observedStart: observed(node),
      node:
        node.type === 'network'
          ? `${new URL(node.request.url).pathname} (${node.request.transferSize} B)`
          : `task, ${Math.round(node.duration / 1000)} ms wall: ${[...new Set(node.childEvents.filter((e) => e.name === 'EvaluateScript' || e.name === 'Layout').map((e) => (e.args?.data?.url ? `evaluate ${new URL(e.args.data.url).pathname.split('/').pop()}` : e.name)))].join(', ')}`,
    })),
  );
}

/** A script's URL without the server's origin (chunk names are what tell the runs apart). */
const shortUrl = (url, baseUrl) => (url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url);

function sampleOf(lhr, baseUrl) {
  const audits = lhr.audits;
  return {
    score: {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
      cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      mainThreadMs: Math.round(audits['mainthread-work-breakdown'].numericValue),
      mainThreadCpuMs: lhr.mainThreadCpuMs,
      tbtCpuMs: lhr.tbtCpuMs,
      scriptingMs: Math.round(audits['bootup-time'].numericValue),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    },
    groups: Object.fromEntries(audits['mainthread-work-breakdown'].details.items.map((i) => [i.groupLabel, i.duration])),
    scripts: Object.fromEntries(audits['bootup-time'].details.items.map((i) => [shortUrl(i.url, baseUrl), i.scripting])),
  };
}

/** Per key, the median over the runs (a run without the key counts 0), largest first, the top few. */
function topMedians(maps) {
  const keys = new Set(maps.flatMap((m) => Object.keys(m)));
  return [...keys]
    .map((key) => [key, Math.round(median(maps.map((m) => m[key] ?? 0)))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_ITEMS);
}

/**
 * Per route: the median of each figure over `runs` runs, the top main-thread groups and the top scripts by scripting
 * time (median ms under Lighthouse's 4x CPU throttle).
 */
export async function lighthouseScores(baseUrl, routes, runs, saveDir = process.env.LIGHTHOUSE_SAVE) {
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  const results = {};
  for (const route of routes) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const saveAs = saveDir && join(saveDir, `${route === '/' ? 'home' : route.replace(/\W/g, '')}-${i + 1}`);
      samples.push(sampleOf(await runLighthouse(`${baseUrl}${route}`, saveAs), baseUrl));
    }
    const scores = samples.map((s) => s.score);
    results[route] = {
      ...Object.fromEntries(Object.keys(scores[0]).map((key) => [key, median(scores.map((s) => s[key]))])),
      mainThread: Object.fromEntries(topMedians(samples.map((s) => s.groups))),
      scripting: Object.fromEntries(topMedians(samples.map((s) => s.scripts))),
    };
  }
  return results;
}

/** The scores as one table, then per route where the main thread's time went. */
export function printLighthouse(results) {
  console.table(Object.fromEntries(Object.entries(results).map(([route, { mainThread, scripting, ...score }]) => [route, score])));
  for (const [route, { mainThread, scripting }] of Object.entries(results)) {
    console.log(`${route}: main-thread work (median ms, 4x CPU throttle)`);
    console.table(mainThread);
    console.log(`${route}: scripting per script (median ms)`);
    console.table(scripting);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [runs = '3', ...routes] = process.argv.slice(2);
  const server = await startServer(process.env.LIGHTHOUSE_DIR ?? 'out', 0);
  const baseUrl = `http://localhost:${server.address().port}`;
  printLighthouse(await lighthouseScores(baseUrl, routes.length ? routes : ['/', '/review'], Number(runs)));
  server.close();
}
