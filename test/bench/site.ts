// The site's part of `npm run bench`: a chapter page in headless Chromium, on the site built by
// `astro build` and served gzipped from a loopback port (test/browser/serve.ts).
//
// Transfer: the gzipped bodies (bytes on the wire, headers not counted, as the server counts them:
// the worker's requests included) of what the page fetches, in two phases, in a fresh browser
// context (empty cache):
//  - on navigation: everything the page fetches with no reader action, until the network is idle
//    and the kernel is ready: the HTML, CSS, the page's own JavaScript (Starlight's, the cells'
//    script, and what it loads when idle: the editor, the diagram stepper) and the kernel's
//    worker, which the page starts while it is being read (site/components/KernelWorker.astro)
//    so that the first Run finds it ready;
//  - added by the first run (a click on the first cell's Run): the terminal (xterm.js) and any
//    kernel/lib Python module the cell imports (fetched by the worker, site/cells/worker/lib-on-demand.ts),
//    and the kernel's deferred texts it reads ("kernel data": Unicode character names, the license).
// JavaScript is reported as the page's own, the kernel worker's, and the total through the first
// result. Target: under 300 KB (300,000 bytes) of gzipped JavaScript; it is checked for the page's
// own JavaScript and, separately, for all the JavaScript through the first result.
//
// Time to the first result: a fresh context opens the page, clicks the first cell's Run as soon as
// it exists, and the clock stops when the output appears in the cell's terminal (performance.now(),
// from navigation start). Target: under 1 s. The table shows where the time goes: the Run button
// (the cells' script ran), the kernel worker created, its script downloaded and parsed (its first
// statement runs), the kernel's code evaluated, the interpreter created (marks in the worker,
// moved to the page's clock), the kernel ready (the page has its reply), the output shown.
// Median of RUNS loads.
//
// Alone: `npx tsx test/bench/site.ts`; HEAPBOOK_SITE_DIST=folder uses a site built before.
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildSite } from '../browser/build.ts';
import { launchChromium } from '../browser/chromium.ts';
import { serveStatic } from '../browser/serve.ts';
import { median, table } from './stats.ts';

const CHAPTER = '/reference-counting/';
const RUNS = 5;
const JS_TARGET_BYTES = 300_000;
const FIRST_RESULT_TARGET_MS = 1000;

type Kind = 'html' | 'css' | 'page js' | 'worker js' | 'python' | 'kernel data' | 'other';
const KINDS: Kind[] = ['html', 'css', 'page js', 'worker js', 'python', 'kernel data', 'other'];

interface Transfer {
  url: string;
  kind: Kind;
  bytes: number;
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function kindOf(path: string): Kind {
  if (/kernel\.worker[^/]*\.js$/.test(path)) return 'worker js';
  if (/\/pylib-[^/]*\.txt$/.test(path)) return 'python';
  if (/\/data-[^/]*\.txt$/.test(path)) return 'kernel data';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(path)) return 'page js';
  return 'other';
}

function sum(ts: readonly Transfer[], ...kinds: Kind[]): number {
  return ts.filter((t) => kinds.includes(t.kind)).reduce((a, t) => a + t.bytes, 0);
}

const verdict = (bytes: number): string => (bytes < JS_TARGET_BYTES ? 'met' : 'MISSED');

interface FirstResult {
  runReady: number;
  spawn: number;
  started: number;
  loaded: number;
  created: number;
  ready: number;
  result: number;
}

/** The kernel worker's marks, on the page's clock. */
async function workerMarks(page: Page): Promise<Record<string, number>> {
  const w = page.workers()[0];
  if (w === undefined) return {};
  const pageOrigin = await page.evaluate('performance.timeOrigin') as number;
  const marks = await w.evaluate(`({ origin: performance.timeOrigin, marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])) })`) as { origin: number; marks: Record<string, number> };
  return Object.fromEntries(Object.entries(marks.marks).map(([k, v]) => [k, v + marks.origin - pageOrigin]));
}

async function firstResult(page: Page, url: string): Promise<FirstResult> {
  await page.goto(url, { waitUntil: 'commit' });
  // A string, not a function: the bench's TypeScript loader would add helpers the page lacks.
  const runReady = await page.evaluate(`new Promise((resolve) => {
    const found = () => document.querySelector('.pycell .pycell-run') !== null && (resolve(performance.now()), true);
    if (!found()) new MutationObserver((_, obs) => found() && obs.disconnect()).observe(document, { subtree: true, childList: true });
  })`) as number;
  await page.locator('.pycell .pycell-run').first().click();
  const result = await page.evaluate(`new Promise((resolve) => {
    const done = () => {
      const el = document.querySelector('.pycell .xterm-rows');
      return el !== null && (el.textContent || '').trim() !== '' && (resolve(performance.now()), true);
    };
    if (!done()) new MutationObserver((_, obs) => done() && obs.disconnect()).observe(document.querySelector('.pycell'), { subtree: true, childList: true, characterData: true });
  })`) as number;
  const marks = await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`) as Record<string, number>;
  const inWorker = await workerMarks(page);
  return {
    runReady, result,
    spawn: marks['heapbook:kernel-spawn'] ?? NaN,
    started: inWorker['heapbook:worker-start'] ?? NaN,
    loaded: inWorker['heapbook:worker-loaded'] ?? NaN,
    created: inWorker['heapbook:interpreter-created'] ?? NaN,
    ready: marks['heapbook:kernel-ready'] ?? NaN,
  };
}

/** The two phases of the transfer; `sent` is the server's log, appended to as it answers. */
async function measureTransfers(page: Page, url: string, sent: Transfer[]): Promise<{ onLoad: Transfer[]; after: Transfer[] }> {
  sent.length = 0;
  await page.goto(url, { waitUntil: 'networkidle' });
  // A page that starts its kernel only when the reader points at a cell never gets there.
  await page.waitForFunction(`performance.getEntriesByName('heapbook:kernel-ready').length > 0`, undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.locator('.pycell .cm-content').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const onLoad = sent.slice();
  await page.locator('.pycell .pycell-run').first().click();
  await page.locator('.pycell .xterm-rows').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  return { onLoad, after: sent.slice() };
}

function reportTransfers(onLoad: Transfer[], after: Transfer[]): void {
  const added = after.filter((t) => !onLoad.includes(t));
  const rows = KINDS.map((k) => [k, kb(sum(onLoad, k)), kb(sum(added, k)), kb(sum(after, k))]);
  rows.push(['total', kb(sum(onLoad, ...KINDS)), kb(sum(added, ...KINDS)), kb(sum(after, ...KINDS))]);
  console.log(`\ntransfer of ${CHAPTER} (gzipped bodies, fresh cache)`);
  console.log(table(['', 'on navigation', 'first run adds', 'through first result'], rows));
  const pageJs = sum(onLoad, 'page js');
  const allJs = sum(after, 'page js', 'worker js');
  console.log(`JavaScript on navigation: ${kb(sum(onLoad, 'page js', 'worker js'))} (${kb(pageJs)} the page's own, ` +
    `${kb(sum(onLoad, 'worker js'))} the kernel worker, started at once); the first run adds ${kb(sum(added, 'page js', 'worker js'))}; ` +
    `through the first result ${kb(allJs)} (and ${kb(sum(after, 'python'))} of Python module sources).`);
  console.log(`target < ${kb(JS_TARGET_BYTES)} of gzipped JavaScript: the page's own ${verdict(pageJs)}; ` +
    `all of it through the first result (kernel included) ${verdict(allJs)}`);
  const big = after.filter((t) => t.bytes > 10_000 && t.kind !== 'html').sort((a, b) => b.bytes - a.bytes);
  console.log('largest: ' + big.map((t) => `${t.url.replace(/^.*\//, '')} ${kb(t.bytes)}${onLoad.includes(t) ? '' : ' (first run)'}`).join(', '));
}

export async function runSiteBench(): Promise<void> {
  console.log('\n## Site: a chapter page in headless Chromium (test/bench/site.ts)');
  const prebuilt = process.env.HEAPBOOK_SITE_DIST;
  const t0 = performance.now();
  const dist = prebuilt ?? buildSite();
  if (prebuilt === undefined) console.log(`astro build: ${((performance.now() - t0) / 1000).toFixed(1)} s (runs every cell on the kernel)`);
  const sent: Transfer[] = [];
  const server = await serveStatic(dist, { onSent: (url, bytes) => sent.push({ url, kind: kindOf(url), bytes }) });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const { onLoad, after } = await measureTransfers(await context.newPage(), server.url + CHAPTER, sent);
    await context.close();
    reportTransfers(onLoad, after);

    const runs: FirstResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      const c = await browser.newContext();
      runs.push(await firstResult(await c.newPage(), server.url + CHAPTER));
      await c.close();
    }
    const at = (f: (r: FirstResult) => number): string => `${median(runs.map(f)).toFixed(0)} ms`;
    const med = median(runs.map((r) => r.result));
    console.log(`\nfirst cell result, median of ${RUNS} fresh page loads (ms after navigation start; Run clicked as soon as it exists):`);
    console.log(table(['Run button', 'worker created', 'worker script parsed', 'kernel code evaluated', 'interpreter created', 'kernel ready', 'output shown'],
      [[at((r) => r.runReady), at((r) => r.spawn), at((r) => r.started), at((r) => r.loaded), at((r) => r.created), at((r) => r.ready), at((r) => r.result)]]));
    console.log(`first result: ${med.toFixed(0)} ms (runs: ${runs.map((r) => r.result.toFixed(0)).join(', ')}; ` +
      `target < ${FIRST_RESULT_TARGET_MS} ms: ${med < FIRST_RESULT_TARGET_MS ? 'met' : 'MISSED'})`);
  } finally {
    await browser.close();
    await server.close();
    if (prebuilt === undefined) rmSync(dist, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runSiteBench();
