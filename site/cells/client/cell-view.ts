/**
 * The DOM of one cell: its toolbar (execution count, Run, Interrupt, Run all, Restart, Reset),
 * a note line for what the notebook did, and the output area, whose pre-rendered output gives way
 * to a terminal on the first run.
 */
import type { Timeline } from '../../../kernel/protocol.ts';
import type { CellView as DiagramView } from '../build/options.ts';
import type { Stepper } from './stepper.ts';
import type { CellTerminal } from './terminal.ts';
import { decodeTimeline } from './timeline-data.ts';
import { cellNames } from '../build/options.ts';

export interface CellActions {
  run(): void;
  interrupt(): void;
  runAll(): void;
  restart(): void;
  reset(): void;
}

function button(label: string, title: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `pycell-btn pycell-${action}`;
  b.textContent = label;
  b.title = title;
  b.dataset.action = action;
  b.addEventListener('click', onClick);
  return b;
}

let terminalModule: Promise<typeof import('./terminal.ts')> | null = null;
let diagramModule: Promise<typeof import('./diagram.ts')> | null = null;

/** Fetches xterm.js ahead of the first run (the reader points at a cell). */
export function preloadTerminal(): Promise<typeof import('./terminal.ts')> {
  terminalModule ??= import('./terminal.ts');
  return terminalModule;
}

function loadDiagram(): Promise<typeof import('./diagram.ts')> {
  diagramModule ??= import('./diagram.ts');
  return diagramModule;
}

/**
 * After the browser has painted the next frame (xterm.js draws what was written in a frame of
 * its own), so that a run's output shows before its diagram is laid out.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export class CellView {
  readonly code: HTMLElement;
  private readonly count: HTMLElement;
  private readonly noteEl: HTMLElement;
  private readonly output: HTMLElement;
  private readonly runBtn: HTMLButtonElement;
  private readonly stopBtn: HTMLButtonElement;
  private readonly resetBtn: HTMLButtonElement;
  private term: Promise<CellTerminal> | null = null;
  private stepper: Stepper | null = null;
  /** Bumped by each diagram asked for: a slower, older one is dropped. */
  private diagramSeq = 0;
  /** The diagram this cell shows (`view=`), and the step it opens at (`step=`). */
  readonly diagramView: DiagramView | null;
  private readonly initialStep: number | 'last';

  constructor(readonly el: HTMLElement, actions: CellActions) {
    this.code = el.querySelector('.pycell-code')!;
    this.count = el.querySelector('.pycell-count')!;
    this.settledCount = this.count.textContent ?? '';
    this.diagramView = (el.dataset.view as DiagramView | undefined) ?? null;
    this.initialStep = el.dataset.step === undefined || el.dataset.step === 'last' ? 'last' : Number(el.dataset.step);
    this.output = el.querySelector('.pycell-output')!;
    const head = el.querySelector('.pycell-head')!;
    this.runBtn = button('▶ Run', 'Run this cell (Shift+Enter)', 'run', actions.run);
    this.stopBtn = button('■ Interrupt', 'Stop the running code (KeyboardInterrupt)', 'interrupt', actions.interrupt);
    this.resetBtn = button('↺ Reset', 'Put back the chapter’s code (drops your edit)', 'reset', actions.reset);
    const tools = document.createElement('span');
    tools.className = 'pycell-tools';
    tools.append(this.runBtn, this.stopBtn,
      button('Run all', 'Run every cell of the chapter, in order', 'run-all', actions.runAll),
      button('Restart', 'Start a fresh kernel: every name defined so far is forgotten', 'restart', actions.restart),
      this.resetBtn);
    this.stopBtn.hidden = true;
    this.resetBtn.hidden = true;
    head.append(tools);
    this.noteEl = document.createElement('p');
    this.noteEl.className = 'pycell-note';
    this.noteEl.setAttribute('role', 'status');
    this.noteEl.hidden = true;
    this.code.after(this.noteEl);
  }

  private settledCount = '';

  setCount(n: number | '*'): void {
    this.count.textContent = `[${n}]`;
    if (n !== '*') this.settledCount = this.count.textContent;
  }

  /** A queued cell that did not run shows its count from before. */
  unqueue(): void {
    if (this.count.textContent === '[*]') this.count.textContent = this.settledCount || '[ ]';
  }

  setRunning(running: boolean): void {
    this.runBtn.hidden = running;
    this.stopBtn.hidden = !running;
    this.el.classList.toggle('pycell-running', running);
  }

  setEdited(edited: boolean): void {
    this.resetBtn.hidden = !edited;
    this.el.classList.toggle('pycell-edited', edited);
  }

  note(text: string | null, kind: 'info' | 'warn' = 'info'): void {
    this.noteEl.hidden = text === null;
    this.noteEl.textContent = text ?? '';
    this.noteEl.dataset.kind = kind;
  }

  /** The cell's terminal, emptied; the pre-rendered output is removed the first time. */
  async freshTerminal(): Promise<CellTerminal> {
    if (this.term === null) {
      this.term = preloadTerminal().then((m) => {
        this.output.replaceChildren();
        this.output.classList.remove('pycell-empty');
        this.output.classList.add('pycell-live');
        return m.createTerminal(this.output);
      });
    }
    const t = await this.term;
    t.clear();
    return t;
  }

  /**
   * Turns the pre-rendered diagram into a stepper over the timeline the build recorded; the
   * build's picture stays until the reader steps.
   */
  async hydrateDiagram(): Promise<void> {
    const figure = this.el.querySelector<HTMLElement>('.pycell-diagram[data-timeline]');
    // Nothing to do once a run's diagram was asked for (it may still be on its way).
    if (figure === null || this.diagramSeq > 0 || this.diagramView === null) return;
    const seq = ++this.diagramSeq;
    const [t, m] = await Promise.all([decodeTimeline(figure.dataset.timeline!), loadDiagram()]);
    if (seq !== this.diagramSeq) return;
    this.mount(m, t, this.el.dataset.source ?? '', figure.querySelector<HTMLElement>('.pycell-picture'));
  }

  /**
   * Draws a run's timeline under the cell, at the cell's step (the last one if it has fewer);
   * `source` is the code that ran (with `names=cell`, its names are the globals drawn). Waits
   * for the browser to paint first, so that the run's output shows before the diagram is laid out.
   */
  async showTimeline(t: Timeline, source: string): Promise<void> {
    if (this.diagramView === null) return;
    const seq = ++this.diagramSeq;
    const [m] = await Promise.all([loadDiagram(), this.term, afterPaint()]);
    if (seq !== this.diagramSeq) return;
    this.mount(m, t, source, null);
  }

  private mount(m: typeof import('./diagram.ts'), t: Timeline, source: string, drawn: HTMLElement | null): void {
    let figure = this.el.querySelector<HTMLElement>('.pycell-diagram');
    if (figure === null) {
      figure = document.createElement('figure');
      figure.className = 'pycell-diagram';
      figure.dataset.pagefindIgnore = '';
      this.el.append(figure);
    }
    delete figure.dataset.timeline;
    this.stepper?.dispose();
    const names = this.el.dataset.names === 'cell' ? cellNames(source) : undefined;
    this.stepper = m.mountStepper(figure, t, this.diagramView!, this.initialStep, `pycell${this.el.dataset.cell}`, { cellFile: this.el.dataset.file, names }, drawn);
  }
}
