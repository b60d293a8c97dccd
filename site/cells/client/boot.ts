/**
 * The live cells' entry point, loaded on every page: finds the cells, wires their buttons, then
 * loads the editor when the page is idle (or at once when the reader clicks into code) and starts
 * the kernel worker when the reader first points at a cell.
 */
import { Notebook } from './notebook.ts';

function whenIdle(f: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(f, { timeout: 1500 });
  else setTimeout(f, 300);
}

function boot(): void {
  const elements = [...document.querySelectorAll<HTMLElement>('.pycell')];
  if (elements.length === 0) return;
  document.documentElement.classList.add('pycells-live');
  const notebook = new Notebook(elements);
  const editors = (): void => void notebook.mountEditors();
  whenIdle(editors);
  whenIdle(() => void notebook.hydrateDiagrams());
  for (const el of elements) {
    el.addEventListener('pointerdown', editors, { once: true });
    el.addEventListener('pointerenter', () => notebook.warmUp(), { once: true });
    el.addEventListener('focusin', () => notebook.warmUp(), { once: true });
  }
}

boot();
