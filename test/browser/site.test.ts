// The site in a real browser: Debian's Chromium, headless, on the site built once by this file
// (`astro build` runs every cell on the kernel) and served from a loopback port. Checks what a
// reader does: edit and run a cell, see the output in its terminal, interrupt an endless loop,
// reload, restart; and that the built pages read with JavaScript off.
// HEAPBOOK_SITE_DIST=folder uses a site built before instead of building one.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build.ts';
import { type Browser, launchChromium } from './chromium.ts';
import { type StaticServer, serveStatic } from './serve.ts';

let dist = '';
let server: StaticServer;
let isolatedServer: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dist = process.env.HEAPBOOK_SITE_DIST ?? buildSite();
  server = await serveStatic(dist);
  isolatedServer = await serveStatic(dist, { isolated: true });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await isolatedServer?.close();
  if (dist && dist !== process.env.HEAPBOOK_SITE_DIST) rmSync(dist, { recursive: true, force: true });
});

const CHAPTER = '/reference-counting/';

/** A page in a browser context of its own (fresh localStorage). */
async function open(path: string, base = server.url, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + path);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

function cell(page: Page, n: number): Locator {
  return page.locator(`.pycell[data-cell="${n}"]`);
}

function terminal(page: Page, n: number): Locator {
  return cell(page, n).locator('.xterm-rows');
}

/** Replaces a cell's code through its editor, as a reader types it. */
async function edit(page: Page, n: number, code: string): Promise<void> {
  const content = cell(page, n).locator('.cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

/**
 * Waits until the element's text (whitespace runs read as one space) passes `test`. The element
 * is scrolled into view: a terminal draws its rows only while it is on screen, as a reader sees it.
 */
async function waitForTextThat(loc: Locator, test: (text: string) => boolean, what: string, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  let last: string | null = null;
  for (;;) {
    const el = loc.first();
    if ((await el.count()) > 0) {
      await el.scrollIntoViewIfNeeded().catch(() => undefined);
      last = (await el.textContent())?.replace(/\s+/g, ' ') ?? null;
      if (last !== null && test(last)) return;
    }
    if (Date.now() > end) throw new Error(`expected ${what}, found ${JSON.stringify(last)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function waitForText(loc: Locator, text: string, timeout = 15_000): Promise<void> {
  await waitForTextThat(loc, (t) => t.includes(text), `text containing ${JSON.stringify(text)}`, timeout);
}

async function waitForExactText(loc: Locator, text: string, timeout = 15_000): Promise<void> {
  await waitForTextThat(loc, (t) => t === text, `the text ${JSON.stringify(text)}`, timeout);
}

/**
 * Milliseconds from the click on cell n's Interrupt to KeyboardInterrupt in its terminal,
 * measured in the page (the test's own round trips do not count).
 */
async function interruptTimer(page: Page, n: number): Promise<{ elapsed: Promise<number> }> {
  await page.evaluate(`void (window.heapbookInterrupt = new Promise((resolve) => {
    const el = document.querySelector('.pycell[data-cell="${n}"]');
    let t0 = 0;
    el.querySelector('.pycell-interrupt').addEventListener('click', () => { t0 = performance.now(); }, { capture: true });
    new MutationObserver(() => {
      if (t0 > 0 && (el.querySelector('.xterm-rows')?.textContent ?? '').includes('KeyboardInterrupt')) resolve(performance.now() - t0);
    }).observe(el, { subtree: true, childList: true, characterData: true });
  }))`);
  return { elapsed: page.evaluate('window.heapbookInterrupt') as Promise<number> };
}

/**
 * Types `code` into cell n, runs it, lets it run a moment, presses Interrupt and waits for
 * KeyboardInterrupt in the cell's terminal; returns the milliseconds that took.
 */
async function runAndInterrupt(page: Page, n: number, code: string): Promise<number> {
  await edit(page, n, code);
  await page.keyboard.press('Shift+Enter');
  await cell(page, n).locator('.pycell-interrupt').waitFor({ state: 'visible' });
  await page.waitForTimeout(400);
  const timer = await interruptTimer(page, n);
  await cell(page, n).locator('.pycell-interrupt').click();
  await waitForText(terminal(page, n), 'KeyboardInterrupt', 3_000);
  return timer.elapsed;
}

describe('a chapter page', () => {
  it('runs an edited cell, first running the cell before it; a reload keeps the edit, Reset drops it', async () => {
    const page = await open(CHAPTER);
    await edit(page, 2, 'x = []\nalias = x\nprint("count:", sys.getrefcount(x))');
    await page.keyboard.press('Shift+Enter');
    await waitForText(terminal(page, 2), 'count: 3');
    await waitForText(cell(page, 2).locator('.pycell-note'), 'First ran the earlier cell this one depends on (1 not run yet)');
    await waitForExactText(cell(page, 1).locator('.pycell-count'), '[1]');
    await waitForExactText(cell(page, 2).locator('.pycell-count'), '[2]');
    await waitForText(terminal(page, 1), '16');
    // An earlier cell edited since it ran runs again first.
    await edit(page, 1, 'import sys\nprint("setup again")');
    await cell(page, 2).locator('.pycell-run').click();
    await waitForText(terminal(page, 1), 'setup again');
    await waitForText(cell(page, 2).locator('.pycell-note'), '(1 edited since it ran)');
    await waitForExactText(cell(page, 2).locator('.pycell-count'), '[4]');

    await page.reload();
    await waitForText(cell(page, 2).locator('.pycell-code'), 'alias = x');
    await cell(page, 2).locator('.pycell-reset').waitFor({ state: 'visible' });
    await cell(page, 2).locator('.cm-content').waitFor();
    await cell(page, 2).locator('.pycell-reset').click();
    await waitForExactText(cell(page, 2).locator('.cm-content'), 'x = []print(sys.getrefcount(x))');
    await page.reload();
    await cell(page, 2).locator('.pycell-reset').waitFor({ state: 'hidden' });
    await waitForText(cell(page, 2).locator('.pycell-code'), 'print(sys.getrefcount(x))');
    await page.close();
  }, 60_000);

  it('shows stderr in colour with the traceback', async () => {
    const page = await open('/names-and-objects/');
    const n = Number(await page.locator('.pycell[data-raises="NameError"]').getAttribute('data-cell'));
    await cell(page, n).locator('.pycell-run').click();
    await waitForText(terminal(page, n), "NameError: name 'b' is not defined");
    await waitForText(terminal(page, n), `File "cell${n}.py", line 1, in <module>`);
    const color = await terminal(page, n).getByText('NameError').first().evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toBe(await terminal(page, n).evaluate((el) => getComputedStyle(el).color));
    await page.close();
  }, 60_000);

  it('interrupts an endless loop within a second, ending in KeyboardInterrupt, and keeps the earlier state', async () => {
    const page = await open(CHAPTER);
    await edit(page, 2, 'x = [1, 2]\nprint("ready")');
    await page.keyboard.press('Shift+Enter');
    await waitForText(terminal(page, 2), 'ready');
    expect(await runAndInterrupt(page, 3, 'while True:\n    pass')).toBeLessThan(1_000);
    await waitForText(cell(page, 3).locator('.pycell-note'), 'replayed');
    // The replacement kernel has the state of the earlier runs (x from cell 2).
    await edit(page, 4, 'print(x)');
    await page.keyboard.press('Shift+Enter');
    await waitForText(terminal(page, 4), '[1, 2]');
    await cell(page, 4).locator('.pycell-note').waitFor({ state: 'hidden' });
    await page.close();
  }, 60_000);

  it('with a SharedArrayBuffer (cross-origin isolated), interrupts with a real traceback; a kernel that does not stop is replaced', async () => {
    const page = await open(CHAPTER, isolatedServer.url);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await runAndInterrupt(page, 3, 'n = 0\nwhile True:\n    n += 1')).toBeLessThan(1_000);
    await waitForText(terminal(page, 3), 'File "cell3.py", line');
    await edit(page, 4, 'print(n > 0)');
    await page.keyboard.press('Shift+Enter');
    await waitForText(terminal(page, 4), 'True');
    // Inside one long builtin call the kernel checks no flag: after a second it is replaced.
    expect(await runAndInterrupt(page, 5, 'total = sum(range(10 ** 12))')).toBeLessThan(2_000);
    await waitForText(cell(page, 5).locator('.pycell-note'), 'the kernel was replaced');
    await page.close();
  }, 60_000);

  it('Restart clears the kernel’s state', async () => {
    const page = await open(CHAPTER);
    await cell(page, 2).locator('.pycell-run').click();
    await waitForText(terminal(page, 2), '2');
    await edit(page, 1, "print('x' in globals())");
    await page.keyboard.press('Shift+Enter');
    await waitForText(terminal(page, 1), 'True');
    await cell(page, 1).locator('.pycell-restart').click();
    await waitForText(cell(page, 1).locator('.pycell-note'), 'Restarted');
    await cell(page, 1).locator('.pycell-run').click();
    await waitForText(terminal(page, 1), 'False');
    await waitForExactText(cell(page, 1).locator('.pycell-count'), '[1]');
    await cell(page, 1).locator('.pycell-reset').click();
    await page.close();
  }, 60_000);

  it('imports the kernel’s Python modules, fetched when first imported', async () => {
    const page = await open(CHAPTER);
    await edit(page, 2, 'import decimal, collections\nprint(decimal.Decimal("1.10") + 1, collections.Counter("aab").most_common(1))');
    await page.keyboard.press('Shift+Enter');
    await waitForText(terminal(page, 2), "2.10 [('a', 2)]");
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('reads the kernel’s deferred texts (Unicode character names, the license), fetched when first used', async () => {
    const page = await open(CHAPTER);
    await edit(page, 2, 'print("\\N{BULLET}", "\\N{greek small letter alpha}", repr(license))');
    await page.keyboard.press('Shift+Enter');
    await waitForText(terminal(page, 2), '• α Type license() to see the full license text');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('starts the kernel’s worker while the page is read, and the cells’ script takes it over', async () => {
    const page = await open(CHAPTER);
    await page.waitForFunction(`performance.getEntriesByName('heapbook:kernel-ready').length > 0`);
    // Started by the page's inline script, before the cells' script had run: one worker, one start.
    expect(await page.evaluate(`performance.getEntriesByName('heapbook:kernel-spawn').length`)).toBe(1);
    expect(await page.evaluate(`window.heapbookKernel !== undefined && window.heapbookKernel.worker === null`)).toBe(true);
    expect(page.workers().length).toBe(1);
    await cell(page, 1).locator('.pycell-run').click();
    await waitForText(terminal(page, 1), '16');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('Run all runs every cell in order', async () => {
    const page = await open(CHAPTER);
    await cell(page, 1).locator('.pycell-run-all').click();
    const cells = await page.locator('.pycell').count();
    await waitForText(terminal(page, cells), 'after the collection', 30_000);
    await waitForExactText(cell(page, cells).locator('.pycell-count'), `[${cells}]`);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60_000);
});

/** The reference-count badge of the diagram's box whose value reads `summary`. */
function badge(page: Page, n: number, summary: string): Locator {
  return cell(page, n).locator('.pycell-diagram g.o')
    .filter({ has: page.locator('text.m').getByText(summary, { exact: true }) })
    .locator('text.bt');
}

describe('a diagram', () => {
  it('shows the reference counts, steps with the keys and buttons, and follows an edited run', async () => {
    const page = await open(CHAPTER);
    const figure = cell(page, 3).locator('.pycell-diagram');
    // The build's diagram at the cell's last step: x's list is held by x, y and twice by pair.
    await waitForExactText(badge(page, 3, '[]'), '4');
    await figure.locator('.pycell-stepbar').waitFor();
    await waitForText(figure.locator('.pycell-step'), 'step 5 of 0–5');
    await figure.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForText(figure.locator('.pycell-step'), 'step 3 of 0–5 · line 3');
    await waitForExactText(badge(page, 3, '[]'), '2');
    await figure.locator('.pycell-next').click();
    await waitForExactText(badge(page, 3, '[]'), '4');
    await page.keyboard.press('Home');
    await waitForExactText(badge(page, 3, '[]'), '1');

    await edit(page, 3, 'y = x\nz = x\nprint(sys.getrefcount(x))');
    await page.keyboard.press('Shift+Enter');
    await waitForText(terminal(page, 3), '4');
    await waitForText(figure.locator('.pycell-step'), 'step 4 of 0–4');
    await waitForExactText(badge(page, 3, '[]'), '3');
    await page.close();
  }, 60_000);
});

describe('the built pages', () => {
  it('keep the kernel’s Python modules and deferred texts out of the worker’s script, as files of their own', () => {
    const assets = readdirSync(join(dist, '_astro'));
    const worker = assets.find((f) => /^kernel\.worker.*\.js$/.test(f));
    expect(worker).toBeDefined();
    const code = readFileSync(join(dist, '_astro', worker!), 'utf8');
    const named = [...code.matchAll(/heapbook-lib:([\w./-]+\.txt)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(10);
    for (const f of named) expect(assets).toContain(f);
    expect(code).not.toContain('Decimal fixed-point and floating-point arithmetic');
    expect(named.filter((f) => /^data-/.test(f)).length).toBe(2);
    expect(code).not.toContain('PERSON WITH FOLDED HANDS');
    expect(code).not.toContain('A. HISTORY OF THE SOFTWARE');
  });

  it('read without JavaScript: code and pre-rendered output, outputs kept out of the search index', async () => {
    const page = await open(CHAPTER, server.url, false);
    await waitForText(cell(page, 1).locator('.pycell-code'), 'import sys');
    await waitForExactText(cell(page, 2).locator('.pycell-static-output'), '2 ');
    expect(await cell(page, 2).locator('.pycell-output').getAttribute('data-pagefind-ignore')).not.toBeNull();
    expect(await page.locator('.pycell-run').count()).toBe(0);
    await waitForExactText(badge(page, 3, '[]'), '4');
    await waitForText(cell(page, 3).locator('figcaption'), 'step 5 of 0–5');
    await page.goto(server.url + '/names-and-objects/');
    await waitForText(page.locator('.pycell[data-raises="NameError"] .pycell-stderr'), "NameError: name 'b' is not defined");
    await page.close();
  }, 60_000);

  it('the landing page shows a live cell at once', async () => {
    const page = await open('/');
    const box = await page.locator('.pycell').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(900);
    await page.locator('.pycell .pycell-run').first().click();
    await waitForText(page.locator('.pycell .xterm-rows').first(), 'True 3');
    await page.close();
  }, 60_000);
});
