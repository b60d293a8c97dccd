/**
 * A cell's output in an xterm.js terminal: stdout as written, stderr in red. The terminal grows
 * with its output up to MAX_ROWS rows, then scrolls. Loaded (a dynamic import) when the reader
 * points at a cell, or by the first run.
 */
import { FitAddon } from '@xterm/addon-fit';
import { type ITheme, Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { type Scheme, currentScheme, onSchemeChange } from './theme.ts';

const enum Size {
  /** Rows shown before the terminal scrolls. */
  MAX_ROWS = 24,
  /** Columns when the width cannot be measured (the cell is hidden). */
  FALLBACK_COLS = 80,
  SCROLLBACK = 10_000,
}

const THEMES: Record<Scheme, ITheme> = {
  light: { background: '#f6f8fa', foreground: '#24292e', cursor: '#f6f8fa', red: '#cf222e', selectionBackground: '#c8e1ff' },
  dark: { background: '#161b22', foreground: '#e1e4e8', cursor: '#161b22', red: '#ff7b72', selectionBackground: '#3b5070' },
};

const RED = '\x1b[31m';
const RESET = '\x1b[39m';

const terminals = new Set<Terminal>();
onSchemeChange((s) => {
  for (const t of terminals) t.options.theme = THEMES[s];
});

export class CellTerminal {
  private readonly term: Terminal;
  private readonly fit = new FitAddon();

  constructor(private readonly host: HTMLElement) {
    this.term = new Terminal({
      convertEol: true,
      disableStdin: true,
      cursorBlink: false,
      cursorStyle: 'underline',
      cursorInactiveStyle: 'none',
      rows: 1,
      cols: Size.FALLBACK_COLS,
      scrollback: Size.SCROLLBACK,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      fontSize: 14,
      theme: THEMES[currentScheme()],
    });
    this.term.loadAddon(this.fit);
    this.term.open(host);
    terminals.add(this.term);
    this.fitWidth();
  }

  write(name: 'stdout' | 'stderr', text: string): void {
    this.term.write(name === 'stderr' ? RED + text + RESET : text, () => this.fitHeight());
  }

  clear(): void {
    this.term.reset();
    this.fitWidth();
    this.term.resize(this.term.cols, 1);
  }

  /** Columns to the container's width, once it is laid out. */
  fitWidth(): void {
    const d = this.fit.proposeDimensions();
    if (d !== undefined && Number.isFinite(d.cols) && d.cols > 10) this.term.resize(d.cols, this.term.rows);
  }

  private fitHeight(): void {
    const b = this.term.buffer.active;
    const used = b.baseY + b.cursorY + (b.cursorX > 0 ? 1 : 0);
    const rows = Math.max(1, Math.min(Size.MAX_ROWS, used));
    if (rows !== this.term.rows) this.term.resize(this.term.cols, rows);
    // The cursor waits on the line after the output: keep the output in view, not that line.
    const fits = used <= Size.MAX_ROWS;
    // After the resize has been drawn: xterm re-syncs its scroll position on the next frame.
    if (fits) requestAnimationFrame(() => this.term.scrollToTop());
    this.host.classList.toggle('pycell-scrolls', !fits);
  }
}

export function createTerminal(host: HTMLElement): CellTerminal {
  return new CellTerminal(host);
}
