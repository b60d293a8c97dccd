/**
 * Runs a chapter's cells in order in one kernel, as the page does, and keeps what each printed.
 * Synchronous from start to end: the kernel's state is global to the process, so two chapters
 * must never interleave.
 */
import { createInterpreter } from '../../../kernel/index.ts';
import type { Timeline } from '../../../kernel/protocol.ts';
import { type Cell, cellFilename } from './extract.ts';
import { recordRequestFor, runCell } from './record.ts';
import { type OutputChunk, exceptionOf, stderrText } from './output.ts';

export interface CellResult {
  cell: Cell;
  /** Execution count: the cell's position in the run (hidden cells count). */
  count: number;
  /** What the cell wrote, in order (fd 1 stdout, fd 2 stderr). */
  output: OutputChunk[];
  /** The exception the cell ended with (class name), or null. */
  raised: string | null;
  /** The recorded run, for a cell with a diagram. */
  timeline: Timeline | null;
}

/** Instructions a whole chapter may execute at build time before it is stopped. */
const CHAPTER_STEP_BUDGET = 500_000_000;

export function runChapter(cells: readonly Cell[]): CellResult[] {
  let output: OutputChunk[] = [];
  const interp = createInterpreter({
    argv: [''],
    stepBudget: CHAPTER_STEP_BUDGET,
    write: (fd, text) => {
      output.push({ fd, text });
    },
  });
  const results: CellResult[] = [];
  for (const cell of cells) {
    output = [];
    const run = runCell(interp, cell.source, cellFilename(cell.index), recordRequestFor(cell.options.view));
    results.push({ cell, count: results.length + 1, output, raised: run.status === 0 ? null : exceptionOf(output), timeline: run.timeline });
  }
  return results;
}

/**
 * The build's check: a cell that raises must say so (`raises=Name`), and a cell that says so
 * must raise exactly that. Returns the problem, or null.
 */
export function checkResult(r: CellResult): string | null {
  const want = r.cell.options.raises;
  if (r.raised === want) return null;
  const got = r.raised === null ? 'ran without an exception' : `raised ${r.raised}`;
  const detail = r.raised === null ? '' : `:\n${stderrText(r.output)}`;
  return want === null ? `${got}${detail}` : `was expected to raise ${want} but ${got}${detail}`;
}
