/**
 * A chapter's cells and their one kernel. Cells run in chapter order: running a cell first runs
 * the earlier cells that have not run in this kernel or were edited since they ran, and says so.
 * Actions (run, run all) queue and run one at a time; Interrupt and Restart act at once.
 */
import { CellView, preloadTerminal } from './cell-view.ts';
import { type ReplaceReason, KernelClient, type RunOutcome } from './kernel-client.ts';
import { clearEdit, loadEdit, saveEdit } from './storage.ts';
import type { CellEditor } from './editor.ts';
import type { Timeline } from '../../../kernel/protocol.ts';
import { recordRequestFor } from '../build/record.ts';
import { TIMELINE_MIME } from '../worker/protocol.ts';

interface Cell {
  index: number;
  file: string;
  hidden: boolean;
  raises: string | null;
  /** The chapter's code for the cell. */
  original: string;
  /** The code as the reader left it. */
  source: string;
  /** The code this cell last ran in the current kernel, or null. */
  ran: string | null;
  view: CellView | null;
  editor: CellEditor | null;
}

/** A run that changed the kernel's state, replayed into a replacement kernel. */
interface HistoryEntry {
  file: string;
  source: string;
}

let editorModule: Promise<typeof import('./editor.ts')> | null = null;

export class Notebook {
  private readonly cells: Cell[];
  private readonly kernel = new KernelClient();
  private history: HistoryEntry[] = [];
  private chain: Promise<void> = Promise.resolve();
  /** Bumped by Restart: queued actions of an older kernel are dropped. */
  private epoch = 0;

  constructor(elements: readonly HTMLElement[]) {
    this.cells = elements.map((el) => this.readCell(el));
    this.kernel.onStatus = (s) => document.documentElement.setAttribute('data-kernel', s);
  }

  private readCell(el: HTMLElement): Cell {
    const index = Number(el.dataset.cell);
    const original = el.dataset.source ?? '';
    const cell: Cell = {
      index, original, source: original, ran: null, editor: null, view: null,
      file: el.dataset.file ?? `cell${index}.py`,
      hidden: el.hasAttribute('hidden'),
      raises: el.dataset.raises ?? null,
    };
    if (!cell.hidden) cell.view = new CellView(el, {
      run: () => this.run(cell),
      interrupt: () => this.kernel.interrupt(),
      runAll: () => this.runAll(),
      restart: () => void this.restart(cell),
      reset: () => this.reset(cell),
    });
    const edit = cell.hidden ? null : loadEdit(index, original);
    if (edit !== null) this.showEdit(cell, edit);
    return cell;
  }

  /** A saved edit is shown at once as plain text; the editor replaces it when it loads. */
  private showEdit(cell: Cell, edit: string): void {
    cell.source = edit;
    const pre = document.createElement('pre');
    pre.className = 'pycell-plain';
    pre.textContent = edit;
    cell.view!.code.replaceChildren(pre);
    cell.view!.setEdited(true);
    cell.view!.el.classList.add('pycell-stale');
  }

  /** Loads CodeMirror and turns every visible cell's code into an editor. */
  mountEditors(): Promise<void> {
    editorModule ??= import('./editor.ts');
    return editorModule.then((m) => {
      for (const cell of this.cells) {
        if (cell.view === null || cell.editor !== null) continue;
        cell.view.code.replaceChildren();
        cell.editor = m.mountEditor(cell.view.code, cell.source, {
          onChange: (s) => this.edited(cell, s),
          onRun: () => this.run(cell),
        });
      }
    });
  }

  /** Lets the reader step through the diagrams the build recorded. */
  hydrateDiagrams(): Promise<void> {
    return Promise.all(this.cells.map((c) => c.view?.hydrateDiagram())).then(() => undefined);
  }

  /** Resolves when the runs asked for so far are over (background work waits for them). */
  async settled(): Promise<void> {
    let chain: Promise<void>;
    do {
      chain = this.chain;
      await chain;
    } while (chain !== this.chain);
  }

  /** Starts the kernel ahead of the first run, and with `terminal` fetches the terminal too. */
  warmUp(terminal = false): Promise<void> {
    if (terminal) void preloadTerminal().catch(() => undefined);
    return this.kernel.start().then(() => undefined, () => undefined);
  }

  private edited(cell: Cell, source: string): void {
    cell.source = source;
    saveEdit(cell.index, cell.original, source);
    cell.view?.setEdited(source !== cell.original);
  }

  reset(cell: Cell): void {
    clearEdit(cell.index);
    cell.source = cell.original;
    cell.editor?.setSource(cell.original);
    cell.view?.setEdited(false);
  }

  run(target: Cell): void {
    const i = this.cells.indexOf(target);
    const before = this.cells.slice(0, i).filter((c) => c.ran !== c.source);
    this.queue([...before, target], target, before);
  }

  runAll(): void {
    this.queue(this.cells, null, []);
  }

  /** Queues cells to run in order; `prerequisites` are announced on `target`. */
  private queue(cells: readonly Cell[], target: Cell | null, prerequisites: readonly Cell[]): void {
    const epoch = this.epoch;
    void this.warmUp();
    for (const c of cells) c.view?.setCount('*');
    if (target !== null) target.view?.note(prerequisites.length > 0 ? prerequisiteNote(prerequisites) : null);
    this.chain = this.chain.then(async () => {
      try {
        for (const c of cells) {
          if (epoch !== this.epoch || !(await this.execute(c))) break;
        }
      } catch (e) {
        (target ?? this.cells.find((c) => c.view !== null))?.view?.note(`The kernel failed: ${(e as Error).message}`, 'warn');
      } finally {
        for (const c of cells) c.view?.unqueue();
      }
    });
  }

  /** Runs one cell; false when the sequence should stop (an unexpected exception, a lost kernel). */
  private async execute(cell: Cell): Promise<boolean> {
    const view = cell.view;
    // The terminal (xterm.js, loaded on the first run) comes while the kernel runs: output is
    // written to it in order once it is there.
    const term = view ? view.freshTerminal() : null;
    const write = (name: 'stdout' | 'stderr', text: string): void => void term?.then((t) => t.write(name, text), () => undefined);
    view?.setRunning(true);
    view?.el.classList.remove('pycell-stale');
    const source = cell.source;
    let outcome: RunOutcome;
    try {
      outcome = await this.kernel.execute(source, cell.file, false, {
        onStream: (m) => write(m.name, m.text),
        onDisplay: (m) => {
          const t = m.data[TIMELINE_MIME] as Timeline | undefined;
          if (t !== undefined) void view?.showTimeline(t, source);
        },
      }, recordRequestFor(view?.diagramView ?? null));
    } catch (e) {
      view?.setRunning(false);
      this.firstVisibleAfter(cell)?.view?.note(`The kernel could not start (${(e as Error).message}). Reload the page to try again.`, 'warn');
      return false;
    }
    view?.setRunning(false);
    await term;
    return this.settle(cell, source, outcome, (text) => write('stderr', text));
  }

  private async settle(cell: Cell, source: string, outcome: RunOutcome, writeErr: (t: string) => void): Promise<boolean> {
    if (outcome.kind === 'lost') return this.lost(cell, source, outcome.reason, writeErr);
    const { reply } = outcome;
    cell.view?.setCount(reply.execution_count);
    // An interrupted cell counts as run (it is not run again as a prerequisite) but is not
    // replayed into a replacement kernel.
    cell.ran = source;
    if (reply.ename !== 'KeyboardInterrupt') this.history.push({ file: cell.file, source });
    if (reply.status === 'ok' || reply.ename === cell.raises) return true;
    if (cell.view === null) this.firstVisibleAfter(cell)?.view?.note(`The setup cell ${cell.index} raised ${reply.ename}.`, 'warn');
    return false;
  }

  private async lost(cell: Cell, source: string, reason: ReplaceReason, writeErr: (t: string) => void): Promise<boolean> {
    if (reason === 'restart') return false;
    cell.ran = source;
    if (reason === 'crashed') {
      this.forget();
      cell.view?.note('The kernel stopped working and was replaced: its state was lost. Earlier cells run again when needed.', 'warn');
      return false;
    }
    writeErr('KeyboardInterrupt\n');
    const n = this.history.length;
    cell.view?.note(n === 0
      ? 'Stopped: the kernel was replaced to end the run.'
      : `Stopped: the kernel was replaced to end the run, and the ${n} earlier run${n === 1 ? '' : 's'} replayed into it (without output) to restore its state.`, 'warn');
    await this.replay();
    return false;
  }

  /** Replays the history into a new kernel; if that fails too, the state is declared lost. */
  private async replay(): Promise<void> {
    for (const h of this.history) {
      const o = await this.kernel.execute(h.source, h.file, true);
      if (o.kind === 'lost') {
        this.forget();
        this.cells.find((c) => c.view !== null)?.view?.note('The kernel stopped answering and was replaced: its state was lost. Cells run again when needed.', 'warn');
        return;
      }
    }
  }

  async restart(from: Cell): Promise<void> {
    this.epoch += 1;
    this.forget();
    for (const c of this.cells) c.view?.note(null);
    from.view?.note('Restarted: a fresh kernel, nothing defined yet.');
    await this.kernel.restart().catch(() => undefined);
  }

  private forget(): void {
    this.history = [];
    for (const c of this.cells) {
      c.ran = null;
      c.view?.setRunning(false);
    }
  }

  private firstVisibleAfter(cell: Cell): Cell | undefined {
    return this.cells.slice(this.cells.indexOf(cell)).find((c) => c.view !== null);
  }
}

/** "First ran 3 earlier cells this one depends on (2 not run yet, 1 edited since it ran)." */
function prerequisiteNote(cells: readonly Cell[]): string {
  const fresh = cells.filter((c) => c.ran === null).length;
  const edited = cells.length - fresh;
  const why = [
    fresh > 0 ? `${fresh} not run yet` : '',
    edited > 0 ? `${edited} edited since ${edited === 1 ? 'it' : 'they'} ran` : '',
  ].filter((p) => p !== '');
  const what = cells.length === 1 ? 'the earlier cell' : `${cells.length} earlier cells`;
  return `First ran ${what} this one depends on (${why.join(', ')}).`;
}
