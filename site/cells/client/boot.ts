/**
 * The live cells' entry point, loaded on every page: finds the cells and wires their buttons.
 * The page is readable as the build wrote it (code, output, diagram), so the rest comes in the
 * background, and the first run comes first:
 *  - the kernel worker starts at once, so that the first Run finds it ready (it downloads and
 *    boots on a thread of its own): the page started it while it was being read
 *    (site/components/KernelWorker.astro), and this takes it over;
 *  - pointing at a cell (or focusing into one) fetches the terminal the first run writes to;
 *  - pointing at or pressing on a cell's code loads the editor;
 *  - otherwise the editor loads and the diagrams become steppable once the kernel is ready, the
 *    runs asked for meanwhile are over and the page has been left alone a moment, so that
 *    they never hold up the first result (they run on the page's thread).
 */
import { Notebook } from './notebook.ts';

function whenIdle(f: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(f, { timeout: 1500 });
  else setTimeout(f, 300);
}

/** Resolves when `p` settles, or after KERNEL_WAIT_MS at the latest. */
function settledOrLate(p: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, KERNEL_WAIT_MS);
    p.then(() => resolve(), () => resolve());
  });
}

/** How long the editor and the diagrams wait for the kernel to start before loading anyway. */
const KERNEL_WAIT_MS = 3000;
/** How long the page is left alone after the kernel is ready before they load (a Run comes first). */
const BACKGROUND_DELAY_MS = 1000;

/** A reader who asked the browser to save data gets the kernel only when they point at a cell. */
function saveData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

function boot(): void {
  const elements = [...document.querySelectorAll<HTMLElement>('.pycell')];
  if (elements.length === 0) return;
  document.documentElement.classList.add('pycells-live');
  const notebook = new Notebook(elements);
  const editors = (): void => void notebook.mountEditors();
  const kernel = saveData() ? Promise.resolve() : notebook.warmUp();
  void settledOrLate(kernel)
    .then(() => new Promise((resolve) => setTimeout(resolve, BACKGROUND_DELAY_MS)))
    .then(() => notebook.settled())
    .then(() => whenIdle(() => {
      editors();
      void notebook.hydrateDiagrams();
    }));
  for (const el of elements) {
    el.addEventListener('pointerenter', () => void notebook.warmUp(true), { once: true });
    el.addEventListener('focusin', () => void notebook.warmUp(true), { once: true });
    // On the code, not the toolbar: Run needs no editor.
    const code = el.querySelector('.pycell-code');
    code?.addEventListener('pointerenter', editors, { once: true });
    code?.addEventListener('pointerdown', editors, { once: true });
  }
}

boot();
