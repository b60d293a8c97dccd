// The site's part of `npm run bench`: a chapter page in headless Chromium, on the site built by
// `astro build` and served gzipped from a loopback port.
//  - transfer size (bytes on the wire, gzip) of the HTML, CSS and JavaScript a chapter page loads
//    by itself (the editor included, loaded when the page is idle), then what the first run adds
//    (the terminal and the kernel's worker);
//  - time from navigation to the first cell result: a fresh browser context (empty cache) opens
//    the page, clicks the first cell's Run as soon as it exists, and the clock stops when the
//    output appears in the cell's terminal (performance.now(), from navigation start).
// Targets: under 300 KB of gzipped JavaScript on a chapter page, first result under 1 s.
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { buildSite } from '../browser/build.ts';
import { launchChromium } from '../browser/chromium.ts';
import { serveStatic } from '../browser/serve.ts';
import { kib, median, table } from './stats.ts';

const CHAPTER = '/reference-counting/';
const RUNS = 5;
const JS_TARGET_KB = 300;
const FIRST_RESULT_TARGET_MS = 1000;

type Kind = 'html' | 'css' | 'js' | 'worker js' | 'other';

interface Transfer {
  url: string;
  kind: Kind;
  bytes: number;
}

function kindOf(r: Request): Kind {
  const type = r.resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (/kernel\.worker/.test(r.url())) return 'worker js';
  if (type === 'script' || /\.m?js(\?|$)/.test(r.url())) return 'js';
  return 'other';
}

/**
 * Records every response's transfer size (headers + encoded body) on a page. A worker's own
 * script is not a page request: it is fetched again and gzipped as the server sends it.
 */
function recordTransfers(page: Page): Transfer[] {
  const seen: Transfer[] = [];
  page.on('worker', (w) => {
    void fetch(w.url()).then(async (r) => {
      seen.push({ url: w.url(), kind: 'worker js', bytes: gzipSync(Buffer.from(await r.arrayBuffer())).length });
    });
  });
  page.on('requestfinished', (r) => {
    void r.sizes().then((s) => {
      seen.push({ url: r.url(), kind: kindOf(r), bytes: s.responseBodySize + s.responseHeadersSize });
    }).catch(() => undefined);
  });
  return seen;
}

function sum(ts: readonly Transfer[], kind: Kind): number {
  return ts.filter((t) => t.kind === kind).reduce((a, t) => a + t.bytes, 0);
}

interface FirstResult {
  /** When the first Run button existed. */
  runReady: number;
  /** When the output appeared. */
  result: number;
  /** When the kernel's worker was created, and when it could run code. */
  spawn: number;
  ready: number;
}

async function firstResult(page: Page, url: string): Promise<FirstResult> {
  await page.goto(url, { waitUntil: 'commit' });
  const run = page.locator('.pycell .pycell-run').first();
  await run.waitFor({ state: 'attached' });
  const runReady = await page.evaluate('performance.now()') as number;
  await run.click();
  const rows = page.locator('.pycell .xterm-rows').first();
  await rows.waitFor({ state: 'attached', timeout: 30_000 });
  // A string, not a function: the bench's TypeScript loader would add helpers the page lacks.
  const result = await page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('.pycell .xterm-rows');
    const done = () => (el.textContent || '').trim() !== '' && (resolve(performance.now()), true);
    if (!done()) new MutationObserver((_, obs) => done() && obs.disconnect()).observe(el, { subtree: true, childList: true, characterData: true });
  })`) as number;
  const marks = await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`) as Record<string, number>;
  return { runReady, result, spawn: marks['heapbook:kernel-spawn'] ?? NaN, ready: marks['heapbook:kernel-ready'] ?? NaN };
}

export async function runSiteBench(): Promise<void> {
  console.log('\n## Site: a chapter page in headless Chromium (test/bench/site.ts)');
  const t0 = performance.now();
  const dist = buildSite();
  console.log(`astro build: ${((performance.now() - t0) / 1000).toFixed(1)} s (runs every cell on the kernel)`);
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    // Transfer: the page on its own (until the network is idle), then after one run.
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers = recordTransfers(page);
    await page.goto(server.url + CHAPTER, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const onLoad = transfers.slice();
    await page.locator('.pycell .pycell-run').first().click();
    await page.locator('.pycell .xterm-rows').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await context.close();
    const after = transfers.slice();
    const kinds: Kind[] = ['html', 'css', 'js', 'worker js', 'other'];
    const rows = kinds.map((k) => [k, kib(sum(onLoad, k)), kib(sum(after, k))]);
    const jsLoad = sum(onLoad, 'js');
    const jsAll = sum(after, 'js') + sum(after, 'worker js');
    rows.push(['total', kib(onLoad.reduce((a, t) => a + t.bytes, 0)), kib(after.reduce((a, t) => a + t.bytes, 0))]);
    console.log(`\ntransfer size of ${CHAPTER} (gzip, headers included)`);
    console.log(table(['', 'page loaded', 'after first run'], rows));
    console.log(`JavaScript: ${kib(jsLoad)} when loaded, ${kib(jsAll)} with the first run ` +
      `(target ${JS_TARGET_KB} KB: page ${jsLoad / 1000 < JS_TARGET_KB ? 'met' : 'MISSED'}, with the kernel ${jsAll / 1000 < JS_TARGET_KB ? 'met' : 'MISSED'})`);

    // Time to first result, each run in a fresh context (empty cache).
    const runs: FirstResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      const c = await browser.newContext();
      runs.push(await firstResult(await c.newPage(), server.url + CHAPTER));
      await c.close();
    }
    const at = (f: (r: FirstResult) => number): string => `${median(runs.map(f)).toFixed(0)} ms`;
    const med = median(runs.map((r) => r.result));
    console.log(`\nfirst cell result, median of ${RUNS} fresh page loads (ms after navigation start):`);
    console.log(table(['Run button', 'kernel worker created', 'kernel ready', 'output shown'],
      [[at((r) => r.runReady), at((r) => r.spawn), at((r) => r.ready), at((r) => r.result)]]));
    console.log(`first result: ${med.toFixed(0)} ms (runs: ${runs.map((r) => r.result.toFixed(0)).join(', ')}; ` +
      `target ${FIRST_RESULT_TARGET_MS} ms: ${med < FIRST_RESULT_TARGET_MS ? 'met' : 'MISSED'})`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

// Run on its own: `npx tsx test/bench/site.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await runSiteBench();
